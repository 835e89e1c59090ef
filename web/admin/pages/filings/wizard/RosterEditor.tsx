import { Button, Checkbox, Form, Input, Table, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export type RosterRow = { name?: string; idNumber?: string; phone?: string; isLeader?: boolean; partyMember?: boolean };

export const emptyRow = (): RosterRow => ({ isLeader: false, partyMember: false });

/**
 * Hand entry of the roster, one line per member. Saving replaces the whole roster (the saved one
 * shows ID numbers masked, so it cannot be edited line by line).
 */
export function RosterEditor({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  return (
    <Form form={form} name="filing-roster" initialValues={{ members: [emptyRow()] }}>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              rowKey="key"
              data-testid="roster-editor"
              dataSource={fields}
              pagination={false}
              columns={[
                { title: '#', width: 48, render: (_, __, index) => index + 1 },
                {
                  title: t('roster.name'),
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]} style={{ margin: 0 }}>
                      <Input maxLength={50} aria-label={t('roster.name')} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('roster.idNumber'),
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'idNumber']} rules={[{ required: true }, { len: 18, message: t('roster.idLength') }]} style={{ margin: 0 }}>
                      <Input maxLength={18} aria-label={t('roster.idNumber')} autoComplete="off" />
                    </Form.Item>
                  ),
                },
                {
                  title: t('roster.phone'),
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'phone']} style={{ margin: 0 }}>
                      <Input maxLength={11} aria-label={t('roster.phone')} autoComplete="off" />
                    </Form.Item>
                  ),
                },
                {
                  title: t('roster.isLeader'), width: 90,
                  render: (_, field) => <Form.Item name={[field.name, 'isLeader']} valuePropName="checked" style={{ margin: 0 }}><Checkbox /></Form.Item>,
                },
                {
                  title: t('roster.partyMember'), width: 90,
                  render: (_, field) => <Form.Item name={[field.name, 'partyMember']} valuePropName="checked" style={{ margin: 0 }}><Checkbox /></Form.Item>,
                },
                {
                  width: 56,
                  render: (_, field) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('roster.removeRow')} onClick={() => remove(field.name)} />,
                },
              ]}
            />
            <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add(emptyRow())}>{t('roster.addRow')}</Button>
          </>
        )}
      </Form.List>
    </Form>
  );
}
