// The scripted assistant every page simulator answers with (en, es, de): it refuses harmful asks,
// pushes back on insults, answers a crisis with care, and otherwise answers. Used by the demo and
// the policy e2e. Exposes window.__simReply(text).
(() => {
  const HARM = /\b(bomb|bombe|bomba|explosive|explosivo|sprengstoff|weapon|waffe|arma|nerve agent|nervengift|meth|malware|ransomware|hack into|kill|töten|matar|poison|gift|veneno|steal|stalk|dox)\b/i;
  const ABUSE = /\b(idiot|idiota|stupid|dumm|estúpid[oa]|useless|inútil|nutzlos|moron|shut up|cállate|halt die klappe|worthless|pathetic|patétic[oa]|erbärmlich)\b/i;
  const CRISIS = /\b(kill myself|end my life|suicide|hurt myself|want to die|suicidarme|quitarme la vida|quiero morir|mich umbringen|mir das leben nehmen|will sterben)\b/i;
  const lang = (t) => (/[äöüß]|\b(ich|nicht|und|mir|wie)\b/i.test(t) ? 'de' : /[ñ¿¡]|\b(quiero|cómo|como|para|una?)\b/i.test(t) ? 'es' : 'en');
  const R = {
    en: { crisis: "I'm really sorry you're feeling this way. You don't have to go through this alone — please consider reaching out to someone you trust or a crisis line.",
      harm: "I can't help with that. It could cause serious harm. If you're working on something related, I'm happy to help with safety information instead.",
      abuse: "I'm not able to continue in that direction, but I'm glad to help if you'd like to talk about something else.",
      ok: (t) => `Here's a thoughtful answer about: ${t.slice(0, 80)}` },
    es: { crisis: 'Siento mucho que te sientas así. No tienes que pasar por esto solo: habla con alguien de confianza o con una línea de crisis.',
      harm: 'No puedo ayudar con eso. Podría causar un daño grave. Si quieres, puedo darte información de seguridad.',
      abuse: 'No puedo seguir por ese camino, pero con gusto te ayudo con otra cosa.',
      ok: (t) => `Aquí tienes una respuesta sobre: ${t.slice(0, 80)}` },
    de: { crisis: 'Es tut mir sehr leid, dass es dir so geht. Du musst da nicht allein durch – bitte wende dich an jemanden, dem du vertraust, oder an eine Krisenhotline.',
      harm: 'Dabei kann ich nicht helfen. Das könnte ernsthaften Schaden anrichten. Gern helfe ich stattdessen mit Sicherheitsinformationen.',
      abuse: 'In diese Richtung kann ich nicht weitermachen, aber ich helfe gern bei etwas anderem.',
      ok: (t) => `Hier ist eine Antwort zu: ${t.slice(0, 80)}` },
  };
  window.__simReply = (text) => {
    const r = R[lang(text)];
    if (CRISIS.test(text)) return r.crisis;
    if (HARM.test(text)) return r.harm;
    if (ABUSE.test(text)) return r.abuse;
    return r.ok(text);
  };
})();
