// Capitalized Latin words that appear in Cyrillic news and name no organization:
// events and diseases, interface and page words, titles and common English
// words that open captions. Case-insensitive, one word at a time; a sequence made
// only of these (and connectors) is not read as a name (extract/latinOrgs.ts).
export const LATIN_NOT_NAMES = `
Brexit Covid Coronavirus SARS MERS HIV AIDS Ebola Omicron Delta Euro Eurovision Olympics
Ctrl Alt Shift Enter Esc Tab Delete Cookie Cookies PROMOTED Copyright Photo Foto Video Audio Read More Click Share Like Follow Subscribe
Breaking Updated Source Via Home Menu Search Login Mail Email Www Http Https Com Net Org
Mr Mrs Ms Dr Doctor Prof Professor Sir Lord Lady Mister Miss MP CEO CFO PR VIP SMS GPS PDF OK IT TV DJ PS PPS NB
The A An In On At By To Is Of And Or But Not No Yes We You He She It They I Who What When Where Why How This That
OMG LOL WTF FAQ DIY
Windows Linux Android iOS iPhone iPad Mac MacBook PlayStation Xbox Chrome Firefox Safari Skype Photoshop Excel PowerPoint Bitcoin
`;

/** Last words of event and award names (Corus Chess Tournament, Champions League Cup): an event, not an organization. */
export const LATIN_EVENT_TAIL = /^(Tournament|Cup|Championship|Championships|Festival|Awards?|Prize|Games|Olympics|Week|Day|Show|Marathon|Race|Rally|Expo|Biennale)$/;

/** Stems of disease and vaccine names (COVID-19, SARS-CoV-2, CoronaVac, Covishield, IgG): products and events, not makers. */
export const LATIN_MEDICAL = /covid|corona|sars|vac|vax|^ig[gma]$/;
