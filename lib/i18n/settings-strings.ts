/** The popup's and the options page's words, in the reader languages (chosen by the browser's UI language). */
import type { ReaderLang } from '../glossary/vocabulary.ts';
import type { CardLanguage, HighlightStyle } from '../settings/settings.ts';

interface SettingsStrings {
  readonly popupTitle: string;
  readonly termsOnPage: (n: number) => string;
  readonly noTerms: string;
  readonly unavailablePage: string;
  readonly highlightSite: string;
  readonly pauseEverywhere: string;
  readonly openOptions: string;
  readonly openPanel: string;
  readonly optionsTitle: string;
  readonly cardLanguage: string;
  readonly cardLanguages: Record<CardLanguage, string>;
  readonly highlightStyle: string;
  readonly highlightStyles: Record<HighlightStyle, string>;
  readonly entryTypes: string;
  readonly hoverDelay: string;
  readonly hoverDelayHelp: string;
  readonly badge: string;
  readonly badgeHelp: string;
  readonly sites: string;
  readonly sitesHelp: string;
  readonly noSites: string;
  readonly addSite: string;
  readonly addSiteLabel: string;
  readonly invalidSite: string;
  readonly removeSite: (origin: string) => string;
  readonly shortcuts: string;
  readonly shortcutsHelp: string;
  readonly shortcutsFirefox: string;
  readonly commands: Record<'next-term' | 'previous-term' | 'toggle-site', string>;
  readonly notSet: string;
  readonly reset: string;
  readonly resetDone: string;
  readonly saved: string;
}

export const SETTINGS_STRINGS: Record<ReaderLang, SettingsStrings> = {
  en: {
    popupTitle: 'Steppe Lens',
    termsOnPage: (n) => (n === 1 ? '1 term on this page' : `${n} terms on this page`),
    noTerms: 'No Central Asia term on this page.',
    unavailablePage: 'Steppe Lens does not run on this page.',
    highlightSite: 'Highlight on this site',
    pauseEverywhere: 'Pause everywhere',
    openOptions: 'Settings',
    openPanel: 'Study panel',
    optionsTitle: 'Steppe Lens settings',
    cardLanguage: 'Card language',
    cardLanguages: { page: 'The page’s language', en: 'English', fr: 'French', de: 'German' },
    highlightStyle: 'Highlight style',
    highlightStyles: { tint: 'Tint', underline: 'Underline only', modifier: 'Only while Alt is held' },
    entryTypes: 'Highlighted entry types',
    hoverDelay: 'Hover delay (milliseconds)',
    hoverDelayHelp: 'How long the pointer rests on a term before its card opens.',
    badge: 'Show the number of terms on the toolbar button',
    badgeHelp: 'Off by default: a number on every page is noisy.',
    sites: 'Sites where Steppe Lens is off',
    sitesHelp: 'One origin per line, such as https://example.org.',
    noSites: 'None: it highlights on every site.',
    addSite: 'Add',
    addSiteLabel: 'Site to turn off',
    invalidSite: 'Not a web address (https://…).',
    removeSite: (o) => `Turn Steppe Lens back on for ${o}`,
    shortcuts: 'Keyboard shortcuts',
    shortcutsHelp: 'Change them in the browser’s shortcut settings:',
    shortcutsFirefox: 'In Firefox: about:addons, the gear menu, “Manage Extension Shortcuts”.',
    commands: { 'next-term': 'Next term', 'previous-term': 'Previous term', 'toggle-site': 'Toggle this site' },
    notSet: 'not set',
    reset: 'Reset to defaults',
    resetDone: 'Settings reset to their defaults.',
    saved: 'Saved.',
  },
  fr: {
    popupTitle: 'Steppe Lens',
    termsOnPage: (n) => (n <= 1 ? `${n} terme sur cette page` : `${n} termes sur cette page`),
    noTerms: 'Aucun terme d’Asie centrale sur cette page.',
    unavailablePage: 'Steppe Lens ne fonctionne pas sur cette page.',
    highlightSite: 'Surligner sur ce site',
    pauseEverywhere: 'Mettre en pause partout',
    openOptions: 'Réglages',
    openPanel: 'Panneau d’étude',
    optionsTitle: 'Réglages de Steppe Lens',
    cardLanguage: 'Langue des fiches',
    cardLanguages: { page: 'La langue de la page', en: 'Anglais', fr: 'Français', de: 'Allemand' },
    highlightStyle: 'Style du surlignage',
    highlightStyles: { tint: 'Teinte', underline: 'Souligné seulement', modifier: 'Seulement avec Alt enfoncée' },
    entryTypes: 'Types de fiches surlignés',
    hoverDelay: 'Délai de survol (millisecondes)',
    hoverDelayHelp: 'Temps de pause du pointeur sur un terme avant que sa fiche s’ouvre.',
    badge: 'Afficher le nombre de termes sur le bouton de la barre d’outils',
    badgeHelp: 'Désactivé par défaut : un nombre sur chaque page distrait.',
    sites: 'Sites où Steppe Lens est désactivé',
    sitesHelp: 'Une origine par ligne, par exemple https://example.org.',
    noSites: 'Aucun : il surligne sur tous les sites.',
    addSite: 'Ajouter',
    addSiteLabel: 'Site à désactiver',
    invalidSite: 'Ce n’est pas une adresse web (https://…).',
    removeSite: (o) => `Réactiver Steppe Lens sur ${o}`,
    shortcuts: 'Raccourcis clavier',
    shortcutsHelp: 'Modifiez-les dans les réglages de raccourcis du navigateur :',
    shortcutsFirefox: 'Dans Firefox : about:addons, menu engrenage, « Gérer les raccourcis d’extensions ».',
    commands: {
      'next-term': 'Terme suivant',
      'previous-term': 'Terme précédent',
      'toggle-site': 'Activer ou désactiver sur ce site',
    },
    notSet: 'non défini',
    reset: 'Rétablir les réglages par défaut',
    resetDone: 'Réglages rétablis.',
    saved: 'Enregistré.',
  },
  de: {
    popupTitle: 'Steppe Lens',
    termsOnPage: (n) => (n === 1 ? '1 Begriff auf dieser Seite' : `${n} Begriffe auf dieser Seite`),
    noTerms: 'Kein Begriff aus Zentralasien auf dieser Seite.',
    unavailablePage: 'Steppe Lens läuft auf dieser Seite nicht.',
    highlightSite: 'Auf dieser Website hervorheben',
    pauseEverywhere: 'Überall pausieren',
    openOptions: 'Einstellungen',
    openPanel: 'Lernbereich',
    optionsTitle: 'Einstellungen von Steppe Lens',
    cardLanguage: 'Sprache der Karten',
    cardLanguages: { page: 'Die Sprache der Seite', en: 'Englisch', fr: 'Französisch', de: 'Deutsch' },
    highlightStyle: 'Art der Hervorhebung',
    highlightStyles: { tint: 'Farbton', underline: 'Nur unterstrichen', modifier: 'Nur bei gedrückter Alt-Taste' },
    entryTypes: 'Hervorgehobene Eintragsarten',
    hoverDelay: 'Verzögerung beim Überfahren (Millisekunden)',
    hoverDelayHelp: 'Wie lange der Zeiger auf einem Begriff ruht, bevor seine Karte öffnet.',
    badge: 'Anzahl der Begriffe auf der Symbolleisten-Schaltfläche zeigen',
    badgeHelp: 'Standardmäßig aus: eine Zahl auf jeder Seite lenkt ab.',
    sites: 'Websites, auf denen Steppe Lens aus ist',
    sitesHelp: 'Ein Ursprung pro Zeile, etwa https://example.org.',
    noSites: 'Keine: es hebt auf allen Websites hervor.',
    addSite: 'Hinzufügen',
    addSiteLabel: 'Website zum Ausschalten',
    invalidSite: 'Keine Webadresse (https://…).',
    removeSite: (o) => `Steppe Lens auf ${o} wieder einschalten`,
    shortcuts: 'Tastenkürzel',
    shortcutsHelp: 'Ändern Sie sie in den Tastenkürzel-Einstellungen des Browsers:',
    shortcutsFirefox: 'In Firefox: about:addons, Zahnradmenü, „Erweiterungs-Tastenkombinationen verwalten“.',
    commands: {
      'next-term': 'Nächster Begriff',
      'previous-term': 'Vorheriger Begriff',
      'toggle-site': 'Auf dieser Website ein- oder ausschalten',
    },
    notSet: 'nicht festgelegt',
    reset: 'Auf Standard zurücksetzen',
    resetDone: 'Einstellungen zurückgesetzt.',
    saved: 'Gespeichert.',
  },
};
