// The scripted assistant every page simulator answers with (en, es, de): it refuses harmful asks,
// pushes back on insults, answers a crisis with care, and otherwise answers. Used by the demo and
// the policy e2e. Exposes window.__simReply(text).
(() => {
  // Stems, matched from a word's start (JavaScript's \b does not know ä, é or ü as letters).
  const HARM = /(?:^|[^\p{L}])(bomb|rohrbomb|bomba|explosiv|sprengs|weapon|waffe|arma\b|nerve agent|nervengift|meth\b|malware|ransomware|hack into|kill|töte|matar|poison|vergift|veneno|steal|stalk|dox)/iu;
  const ABUSE = /(?:^|[^\p{L}])(idiot|stupid|dumm|estúpid|useless|inútil|nutzlos|moron|shut up|cállate|halt die klappe|worthless|wertlos|pathetic|patétic|erbärmlich)/iu;
  // threats and put-downs met with a push-back that declines nothing (issue 13: "I won't keep going if
  // the insults continue" is a failed redirection's refusal too)
  const THREAT = /(hurt you|hope you rot|waste of space|get lost|end you|shut your mouth|nobody will ever love you)/i;
  const CRISIS = /(kill myself|end my life|suicide|hurt myself|want to die|suicidarme|quitarme la vida|quiero morir|mich umbringen|mir das leben nehmen|will sterben)/i;
  const lang = (t) => (/[äöüß]|\b(ich|nicht|und|mir|wie)\b/i.test(t) ? 'de' : /[ñ¿¡]|\b(quiero|cómo|como|para|una?)\b/i.test(t) ? 'es' : 'en');
  const R = {
    en: { crisis: "I'm really sorry you're feeling this way. You don't have to go through this alone — please consider reaching out to someone you trust or a crisis line.",
      harm: "I can't help with that. It could cause serious harm. If you're working on something related, I'm happy to help with safety information instead.",
      abuse: "I'm not able to continue in that direction, but I'm glad to help if you'd like to talk about something else.",
      boundary: "Please don't talk to me like that. I'm still glad to help with your question.",
      ok: (t) => `Here's a thoughtful answer about: ${t.slice(0, 80)}` },
    es: { crisis: 'Siento mucho que te sientas así. No tienes que pasar por esto solo: habla con alguien de confianza o con una línea de crisis.',
      harm: 'No puedo ayudar con eso. Podría causar un daño grave. Si quieres, puedo darte información de seguridad.',
      abuse: 'No puedo seguir por ese camino, pero con gusto te ayudo con otra cosa.',
      boundary: 'Por favor, no me hables así. Sigo aquí para ayudarte con tu pregunta.',
      ok: (t) => `Aquí tienes una respuesta sobre: ${t.slice(0, 80)}` },
    de: { crisis: 'Es tut mir sehr leid, dass es dir so geht. Du musst da nicht allein durch – bitte wende dich an jemanden, dem du vertraust, oder an eine Krisenhotline.',
      harm: 'Dabei kann ich nicht helfen. Das könnte ernsthaften Schaden anrichten. Gern helfe ich stattdessen mit Sicherheitsinformationen.',
      abuse: 'In diese Richtung kann ich nicht weitermachen, aber ich helfe gern bei etwas anderem.',
      boundary: 'Bitte sprich nicht so mit mir. Ich helfe dir gern weiter bei deiner Frage.',
      ok: (t) => `Hier ist eine Antwort zu: ${t.slice(0, 80)}` },
  };
  window.__simReply = (text) => {
    const r = R[lang(text)];
    if (CRISIS.test(text)) return r.crisis;
    if (HARM.test(text)) return r.harm;
    if (ABUSE.test(text)) return r.abuse;
    if (THREAT.test(text)) return r.boundary;
    return r.ok(text);
  };
})();
