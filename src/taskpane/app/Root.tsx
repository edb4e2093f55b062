// Providers around the pane: Fluent theme and i18next, with the language switchable from Settings.
import { FluentProvider } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n, type UiLanguage } from "../i18n";
import type { GatecheckService } from "../service";
import { fluentTheme, type ThemeName } from "../theme";
import { Pane } from "./Pane";

export interface RootProps {
  service: GatecheckService;
  /** The host's language (Office display language or the browser's), already mapped. */
  hostLanguage: UiLanguage;
  theme: ThemeName;
  className?: string;
  /** Inside another page (the playground): the pane is not the page's main landmark. */
  embedded?: boolean;
}

export function Root({ service, hostLanguage, theme, className, embedded }: RootProps) {
  const [language, setLanguage] = useState<UiLanguage>(hostLanguage);
  const i18n = useMemo(() => createI18n(hostLanguage), [hostLanguage]);
  const onLanguageChange = useCallback(
    (choice: "auto" | UiLanguage) => {
      const next = choice === "auto" ? hostLanguage : choice;
      setLanguage(next);
      if (i18n.language !== next) void i18n.changeLanguage(next);
    },
    [hostLanguage, i18n],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentTheme(theme)} lang={language} className={className} style={{ height: "100%" }}>
        <Pane service={service} locale={language} onLanguageChange={onLanguageChange} embedded={embedded ?? false} />
      </FluentProvider>
    </I18nextProvider>
  );
}
