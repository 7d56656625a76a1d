// The language switch, on every page (the login card and the top bar): two buttons, the current
// one pressed. Each names its language in that language, so a reader of either finds it.
import { languages, setLanguage, useT, type Language } from "./language";

const names: Record<Language, { short: string; name: string }> = {
  nl: { short: "NL", name: "Nederlands" },
  en: { short: "EN", name: "English" },
};

export function LanguageSwitch() {
  const { t, language } = useT();
  return (
    <div class="language-switch" role="group" aria-label={t("language.switch")}>
      {languages.map((code) => (
        <button
          type="button"
          lang={code}
          aria-label={names[code].name}
          aria-pressed={code === language ? "true" : "false"}
          onClick={() => setLanguage(code)}
        >
          {names[code].short}
        </button>
      ))}
    </div>
  );
}
