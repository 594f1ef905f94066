// Familiar and diminutive forms of first names, and traditional Ukrainian given names the main list lacks, in
// the nominative, one group per line (Russian and Ukrainian spellings of one form together). Fiction and
// reportage call people by them alone (Сашко, Оленка, Толя). A familiar form is a group of its own, not the full
// name's: Сашко alone joins the Сашко Щур of its article, never an Олександр Щур by a guess. Forms that are
// also common words or places are left out (Света: света, Лена: the river, Валя, Вали).

const MALE = `
Саша Сашко
Шура
Женя Женька Женько
Ваня Ванька Ванько Іванко Івась
Петя Петрик Петрусь
Вася Василько Васько
Коля Колька Миколка
Миша Мишко Михась Михайлик
Дима Діма Дімка
Вова Вовка Вовчик
Володя
Юра Юрко Юрчик Юрась
Толя Толик Толік
Славко Славік Славик
Гриша Гриць Грицько
Федя Федько
Костя Костик
Паша Павлик Павлусь
Лёша Льоша Алёша Альоша Олексійко
Серёжа Сергійко Сєрьожа
Андрюша Андрійко
Стёпа Стьопа Степанко
Митя Митько
Витя Вітя Вітько
Лёня Льоня
Боря Борько
Гена Гєна
Валера
Тёма Тьома
Рома Ромко
Зеньо Зеник Зенько
Тарасик
Остапко
Данилко
Левко
Олесь
Потап
Устим
Омелян Омелько
Онисим
Прокіп Прокоп
Охрім
Свирид
Рінат
`;

const FEMALE = `
Маша Марійка Маруся Марічка Муся
Даша Дарка Даринка
Наташа Наталка
Таня Танюша Тетянка
Оля Олька Олечка
Лєна Оленка Оленька Леночка
Катя Катруся Катька
Ира Іра Іринка Ірка
Світланка
Люда Людочка
Люба Любка
Аня Ганнуся Ганя Ганка Анька Анечка
Надя Надійка
Вика Віка
Настя Настуся Настка
Юля Юлька Юлечка
Софійка
Ксюша Ксеня
Галя Галинка Галочка
Зина Зіна
Тоня
Люся
Христя Христинка
Уля
Оксанка
Маринка
Алінка
Ліда Лида
Лера Лєра
Яся
Стася
Зося
Женя Женька
Саша
Шура
Ярина
Андріана Андриана
Агнеса Агнесса
Ірма Ирма
Орися
Ївга
Одарка
Мотря
Горпина
Зоряна
Роксолана
Параска
Килина
`;

export interface FamiliarNameGroup {
  names: string[];
  gender: 'm' | 'f';
}

const parse = (block: string, gender: 'm' | 'f'): FamiliarNameGroup[] =>
  block
    .trim()
    .split('\n')
    .map((line) => ({ names: [...new Set(line.trim().split(/\s+/))], gender }));

export const FAMILIAR_NAME_GROUPS: readonly FamiliarNameGroup[] = [...parse(MALE, 'm'), ...parse(FEMALE, 'f')];
