import { useState } from 'react';
import { Button, Card, Form, Popconfirm, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useProblem } from '../../components/useProblem';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import { Dialog } from '../../components/Dialog';

type HubOrganization = { id: string; name: string; placeName: string | null; hubStreetCode: string | null; hubStreetName: string | null };

/** The bureau's list of hub organizations (枢纽型), one per street, designated and removed here. */
export function HubOrganizationsCard() {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const list = usePagedList<HubOrganization>('/api/hub-organizations');
  const [designating, setDesignating] = useState(false);
  const remove = async (id: string) => {
    try {
      await api.put(`/api/organizations/${id}/hub`, { hubStreetCode: null });
      await list.query.refetch();
    } catch (error) {
      showProblem(error);
    }
  };
  return (
    <Card
      title={t('hubLedgers.hubOrganizations')}
      extra={<Button icon={<PlusOutlined />} onClick={() => setDesignating(true)} data-testid="designate-hub">{t('hubLedgers.designate')}</Button>}
    >
      <Table<HubOrganization>
        rowKey="id"
        {...list.tableProps}
        columns={[
          { title: t('hubLedgers.name'), dataIndex: 'name' },
          { title: t('hubLedgers.place'), dataIndex: 'placeName' },
          { title: t('hubLedgers.servesStreet'), render: (_, h) => h.hubStreetName ?? h.hubStreetCode },
          {
            title: t('common.actions'), width: 100,
            render: (_, h) => (
              <Popconfirm title={t('hubLedgers.confirmUndesignate')} onConfirm={() => remove(h.id)}>
                <Button size="small" danger>{t('hubLedgers.undesignate')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {designating && <DesignateModal onClose={() => setDesignating(false)} onSaved={async () => { setDesignating(false); await list.query.refetch(); }} />}
    </Card>
  );
}

function DesignateModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const { organizationId, hubStreetCode } = await form.validateFields();
    try {
      await api.put(`/api/organizations/${organizationId}/hub`, { hubStreetCode });
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('hubLedgers.designate')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={560}>
      <Form form={form} layout="vertical" name="designate-hub">
        <Form.Item name="organizationId" label={t('hubLedgers.hub')} rules={[{ required: true }]}>
          <OrganizationPicker filters={{ status: 'active' }} placeholder={t('hubLedgers.pickOrganization')} />
        </Form.Item>
        <Form.Item name="hubStreetCode" label={t('hubLedgers.servesStreet')} rules={[{ required: true }]}>
          <JurisdictionSelect placeholder={t('hubLedgers.pickStreet')} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
