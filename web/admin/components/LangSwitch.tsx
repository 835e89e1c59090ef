import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { switchLang } from '../../common/i18n';

/** Switches zh-CN ⇄ English; cached answers are refetched so server texts follow. */
export function LangSwitch({ type = 'text' }: { type?: 'text' | 'default' | 'link' }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Button
      type={type}
      data-testid="lang-switch"
      onClick={async () => {
        await switchLang(i18n.language === 'en' ? 'zh-CN' : 'en');
        await queryClient.invalidateQueries();
      }}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
