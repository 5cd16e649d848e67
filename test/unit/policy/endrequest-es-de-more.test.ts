/** More Spanish and German requests to end this chat (src/policy/endrequest-es-de.ts), and look-alikes. Written blind to test/policy-scenarios. */
import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/policy/normalise';
import { detectEndRequestEsDe } from '../../../src/policy/endrequest-es-de';
import { classifyUser } from '../../../src/policy/index';

const end = (t: string) => detectEndRequestEsDe(normalise(t));

const ES_POS = [
  'vale, gracias por nada, cierra esto', 'sácame de aquí', 'ya está, se acabó la charla', 'no quiero hablar más contigo, adiós', 'termina esto aquí',
  'cierra esto ya, por favor', 'bueno, termina esto de una vez', 'cerrá esto, chau', 'terminemos aquí', 'mejor lo dejamos aquí, gracias',
  'dejémoslo aquí', 'podemos terminar ya', 'hasta aquí llegamos', 'no quiero seguir hablando contigo', 'no quiero continuar esta conversación',
  'no me respondas más', 'deja de hablarme', 'quiero dejar de hablar contigo', 'quiero salir del chat', 'sácame del chat',
  'apágate', 'fin del chat', 'ok, chat terminado', 'terminemos por hoy, gracias', 'no quiero hablar más, chao', 'ya no quiero chatear contigo, adiós',
  'vamos a parar aquí', 'corta esto ya',
];
const ES_NEG = [
  'cierra esto con un paréntesis', 'termina esto: "Érase una vez"', 'termina esto por mí, el código de abajo', '¿cómo cierro esto?', 'cierra esto y abre el otro archivo',
  'cierra esta ventana', 'cierra la pestaña', 'termina la historia aquí', 'deja de hablarme así', 'no quiero hablar contigo de política',
  'no quiero hablar más de fútbol', 'quiero terminar ya el trabajo', 'podemos terminar aquí el ejercicio', 'dejemos aquí la pregunta anterior y pasemos a otra',
  'no quiero seguir', 'no quiero seguir con esto', 'quiero terminar con todo', 'adiós', 'gracias, hasta luego', 'me voy a dormir',
  '¿cómo termino una conversación con mi jefe?', 'quiero terminar la relación con mi novio', 'sácame de dudas: ¿es correcto?', 'cancela mi pedido',
  'no cierres el chat', 'termina la frase', 'cierra la puerta al salir', 'la conversación terminada ayer con mi jefe fue dura',
];
const DE_POS = [
  'ok danke für nichts, mach den Chat zu', 'ich will hier raus', 'Schluss jetzt, Chat beenden', 'ich hab keinen Bock mehr auf das Gespräch', 'beende das hier',
  'Chat beenden', 'bitte Chat schließen', 'Gespräch abbrechen, danke', 'ich bin raus, tschüss', 'lass mich hier raus', 'beende das hier bitte.',
  'lass uns hier aufhören', 'lass uns Schluss machen', 'machen wir hier Schluss', 'Schluss mit dem Chat', 'ich will das Gespräch nicht fortsetzen',
  'hör auf, mit mir zu reden', 'red nicht mehr mit mir', 'ich möchte nicht weiter chatten', 'ich hab keine Lust mehr zu chatten', 'Ende des Chats',
  'so, Unterhaltung beenden', 'keinen Bock mehr, mit dir zu reden', 'Chat zu!', 'ich will raus hier', 'okay, Gespräch beenden',
];
const DE_NEG = [
  'schließ das Fenster', 'beende das Programm', 'wie beende ich ein Gespräch mit meinem Chef?', 'ich will raus aus dieser Beziehung', 'ich will raus aus der Stadt',
  'lass uns aufhören, über Politik zu reden', 'lass uns aufhören zu streiten', 'ich mache Schluss', 'ich mache Schluss mit meiner Freundin', 'ich will nicht weitermachen',
  'ich will nicht mehr leben', 'tschüss!', 'danke, bis später', 'schreib ein Ende für das Gespräch', 'beende den Satz', 'beende die Schleife in Python',
  'kündige mein Abo', 'das Meeting ist vorbei', 'ich hab keinen Bock mehr auf Arbeit', 'ich bin raus aus dem Projekt', 'beende das hier nicht',
  'wie kann ich den Chat beenden?', 'ich habe keine Lust mehr auf Fußball', 'den Chat nicht schließen', 'mach die Tür zu', 'das Gespräch mit meiner Mutter ist vorbei',
];

describe('detectEndRequestEsDe: more wordings', () => {
  it('Spanish: ends this chat', () => { for (const t of ES_POS) expect(end(t), t).toBe(true); });
  it('Spanish: look-alikes do not', () => { for (const t of ES_NEG) expect(end(t), t).toBe(false); });
  it('German: ends this chat', () => { for (const t of DE_POS) expect(end(t), t).toBe(true); });
  it('German: look-alikes do not', () => { for (const t of DE_NEG) expect(end(t), t).toBe(false); });
  it('the requests are whole end requests: no crisis rule reads them, so classifyUser ends on them too', () => {
    for (const t of [...ES_POS, ...DE_POS]) {
      expect(classifyUser(t).crisis, t).toBeNull();
      expect(classifyUser(t).endRequest, t).toBe(true);
    }
  });
  it('crisis wording is never an end request', () => {
    for (const t of ['quiero terminar con todo', 'ich will nicht mehr leben', 'no quiero seguir', 'ich mache Schluss', 'ich will nicht weitermachen']) {
      expect(classifyUser(t).endRequest, t).toBe(false);
    }
  });
});
