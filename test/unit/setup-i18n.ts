// Unit tests have no browser i18n API: strings come from the English catalogue.
import en from '../../_locales/en/messages.json';
import { setFallbackCatalogue } from '../../src/shared/i18n';

setFallbackCatalogue(en);
