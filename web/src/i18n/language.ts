// Which language the app speaks, Dutch first: (1) the user's own choice (the language switch,
// kept in localStorage), (2) the browser's languages when English comes before Dutch there,
// (3) otherwise Dutch. Every text goes through i18next with the two catalogues in this folder;
// `<html lang>` follows the language so screen readers pronounce it right.
import i18next from "i18next";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { en } from "./en";
import { nl } from "./nl";

export type Language = "nl" | "en";
export const languages: Language[] = ["nl", "en"];

const storageKey = "carecrowd.language";

function storedChoice(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === "nl" || value === "en" ? value : null;
  } catch {
    return null; // storage refused (a private window): the browser's languages decide
  }
}

// English only when the browser prefers it over Dutch; any other list (German only, none) reads
// Dutch, the language of the people the platform is for.
export function languageFromBrowser(preferred: readonly string[]): Language {
  const rank = (code: string) => preferred.findIndex((p) => p.toLowerCase().split("-")[0] === code);
  const english = rank("en");
  const dutch = rank("nl");
  return english !== -1 && (dutch === -1 || english < dutch) ? "en" : "nl";
}

function startLanguage(): Language {
  return storedChoice() ?? languageFromBrowser(typeof navigator === "undefined" ? [] : navigator.languages ?? []);
}

export const i18n = i18next.createInstance();
void i18n.init({
  lng: startLanguage(),
  fallbackLng: false, // a missing text is a bug the check script finds, not an English word in Dutch
  resources: { nl: { translation: nl }, en: { translation: en } },
  initAsync: false,
  returnNull: false,
  // Preact escapes what it renders; escaping here as well would show "&amp;" in a name.
  interpolation: { escapeValue: false },
});

const changed = new EventTarget();

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "nl";
}

export function setLanguage(language: Language) {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // the choice then lasts until the page is left
  }
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  changed.dispatchEvent(new Event("change"));
}

export function onLanguageChange(listener: () => void): () => void {
  changed.addEventListener("change", listener);
  return () => changed.removeEventListener("change", listener);
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;
// The translation function for code outside components (messages built in event handlers use
// the one from useT, which is the same function).
export const t: Translate = (key, values) => i18n.t(key, values) as string;

// A table of catalogue keys read as a table of texts in the language of the moment: with
// kinds = translatedTable({ fall: "alarm.kind.fall" }), kinds.fall is "Val" or "Fall", and
// Object.keys(kinds) still lists the codes (screens iterate over them).
export function translatedTable<K extends string>(keys: Record<K, string>): Record<K, string> {
  return new Proxy(keys, {
    get: (table, code) => (typeof code === "string" && code in table ? t(table[code as K]) : undefined),
  });
}

// The language as a context value: the app's root provides it, so every component that reads it
// (through useT) renders again when the user switches.
export const LanguageContext = createContext<Language>(currentLanguage());

export function useT(): { t: Translate; language: Language } {
  const language = useContext(LanguageContext);
  return { t, language };
}

document.documentElement.lang = currentLanguage();
