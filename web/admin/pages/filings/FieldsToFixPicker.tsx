import { Checkbox, Col, Row, Typography } from 'antd';
import type { FieldGroups } from './filingFields';

/** The checkbox list a return for amendment names its fields with: the form's items, the charter's parts, the roster. */
export function FieldsToFixPicker({ groups, value = [], onChange }: { groups: FieldGroups; value?: string[]; onChange?: (paths: string[]) => void }) {
  return (
    <Checkbox.Group value={value} onChange={(paths) => onChange?.(paths as string[])} style={{ display: 'block' }} data-testid="fields-to-fix">
      {groups.map((group) => (
        <div key={group.step} style={{ marginBottom: 8 }}>
          <Typography.Text strong>{group.title}</Typography.Text>
          <Row gutter={[8, 4]} style={{ marginTop: 4 }}>
            {group.fields.map((f) => (
              <Col key={f.path} span={group.step === 'charter' ? 12 : 8}><Checkbox value={f.path}>{f.label}</Checkbox></Col>
            ))}
          </Row>
        </div>
      ))}
    </Checkbox.Group>
  );
}
