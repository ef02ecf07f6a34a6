import { norm } from '../text';
import { memoByText } from '../memo';

/**
 * What a line pays for, by its words, for the 10 % cap (Law on NGO grants, art. 6-1 p. 5):
 * material-technical support (equipment, furniture, software) and institutional development
 * (training and qualification of the grantee's staff, travel to that training, teaching
 * materials). Kazakh and Russian as estimates word it; patterns run on norm()-ed text.
 */
const MT =
  /оборудовани|жабды[қк]|оргтехник|компьютер|ноутбук|планшет|принтер|мфу|проектор|фотоаппарат|видеокамер|мебел|жиһаз|программн\p{L}* обеспечени|бағдарламалық (қамтамасыз|жасақтам)|лицензи\p{L}* (на )?(по|программ|бағдарлама)/u;

const INST =
  /институц|біліктілі\p{L}*|квалификаци|(оқыту|оқу|обучени|тренинг|курс|семинар)\p{L}*.*(қызметкер|сотрудник|персонал|штат|жоба команда|команд\p{L}* проект)|(қызметкер|сотрудник|персонал|штат|жоба команда|команд\p{L}* проект)\p{L}*.*(оқыту|оқу|обучени|тренинг|курс|семинар)|(проезд|жол жүр|жол ақы|билет|командиров|іссапар)\p{L}*.*(обучени|оқу|курс|біліктілі|квалификаци)|(оқу|обучени|курс|біліктілі)\p{L}*.*(жол жүр|жол ақы|проезд|билет|іссапар|командиров)|(учебн|методическ|оқу[\s-]*әдістемел)\p{L}* (материал|литератур|пособи|құрал)/u;

/** Never material-technical support whatever else they say: rent, repairs, construction, real estate. */
const NOT_MT =
  /аренд|жалға|жалда|прокат|ремонт|жөнде|строител|құрылыс|недвижим|жылжымайтын|ғимарат|здани|помещени/u;

/** Training of the project's participants is the project itself, not the grantee's development. */
const PARTICIPANTS = /участник|қатысушы|бенефициар|молод[её]ж|жастар|оқушы|школьн|студент|балалар|детей/u;

export type CapContent = 'mt' | 'inst';

/** The kind of capped spending a line's words name, or null (remembered by the label as typed: labels repeat). */
export const capContent = memoByText((label: string): CapContent | null => contentOf(norm(label)));

/** Remembered: the patterns are long alternations over many words, and labels repeat across grants. */
const contentOf = memoByText((t: string): CapContent | null => {
  if (!t) return null;
  if (INST.test(t) && !PARTICIPANTS.test(t)) return 'inst';
  if (MT.test(t) && !NOT_MT.test(t)) return 'mt';
  return null;
});
