import { foldKey } from '../vi/fold.js';

/**
 * The Fatherland Front, the socio-political organisations (trade unions, the Youth
 * Union, the Women's Union, the Farmers' and Veterans' associations), the
 * cooperative alliance, friendship and other associations: none is a state agency,
 * so none may hold a gov.vn name (Circular 24/2015 Art. 13(1)).
 */
const OPENINGS = [
  'mat tran to quoc',
  'uy ban mat tran to quoc',
  'ban thuong truc uy ban mat tran',
  'cong doan',
  'lien doan lao dong',
  'tong lien doan lao dong',
  'doan thanh nien',
  'doan tncs',
  'trung uong doan',
  'tinh doan',
  'thanh doan',
  'huyen doan',
  'hoi lien hiep phu nu',
  'hoi phu nu',
  'hoi nong dan',
  'hoi cuu chien binh',
  'lien minh hop tac xa',
  'lien hiep cac to chuc huu nghi',
  'lien hiep cac hoi',
  'hoi chu thap do',
  'hoi nha bao',
  'hoi luat gia',
  'hoi khuyen hoc',
  'hoi nguoi cao tuoi',
  'hoi van hoc nghe thuat',
  'hoi doanh nghiep',
  // As lists abbreviate them: MTTQ, UBMTTQ, LĐLĐ, Hội LHPN, Hội CCB.
  'mttq',
  'ubmttq',
  'ub mttq',
  'uy ban mttq',
  'ldld',
  'hoi lhpn',
  'hoi ccb',
];

/**
 * 'Hội …' opens an association's name (Hội Bảo vệ quyền trẻ em, Hội Làm vườn), except
 * these words: Hội đồng (a council, Hội đồng nhân dân among them), Hội nghị, Hội sở, Hội thi.
 */
const NOT_ASSOCIATIONS = new Set(['dong', 'nghi', 'so', 'thi', 'thao', 'cho', 'trai', 'an']);

/** Whether an agency's own name (its body, without the locality) opens as one of those organisations'. */
export function isMassOrganisation(body: string): boolean {
  const key = foldKey(body);
  if (OPENINGS.some((o) => key === o || key.startsWith(`${o} `))) return true;
  if (!key.startsWith('hoi ')) return false;
  const next = key.slice(4).split(' ', 1)[0]!;
  return next !== '' && !NOT_ASSOCIATIONS.has(next);
}
