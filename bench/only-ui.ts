import { createI18n } from '../renderer/i18n/i18n';
import { benchUi } from './ui';
createI18n();
for (const r of await benchUi({ quick: false })) console.log(r.pass ? 'PASS' : 'FAIL', r.name, '\n   ', r.value);
