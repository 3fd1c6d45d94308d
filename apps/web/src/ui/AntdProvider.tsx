import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useLanguage } from './useLanguage';

const FONT_FAMILY =
  "'PingFang SC','Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei','Hiragino Sans GB',-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

export function AntdProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    // No space between two Chinese characters on buttons, so "登录" reads (and is found) as written.
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={{ token: { fontFamily: FONT_FAMILY } }}
      button={{ autoInsertSpace: false }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
