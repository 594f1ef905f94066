// Organizations: one line per organization, `id|Russian names;…|Ukrainian names;…`,
// nominative, in the format of places.ts (`!` exact spelling only, `=` never
// declines, `+` takes a following place in the genitive: МИД России → one ORG, `*` only
// counts with such a place (Правительство РФ),
// `/form` irregular forms, `^` read as a place outside the nominative: Ukrainian news, and both
// Ukrainian gold sets (BSNLP, ner-uk), treat the EU as a territory in в ЄС, до Євросоюзу, while Russian
// ones treat ЕС as an organization). Abbreviations and Latin names are matched exactly.
export const ORGANIZATIONS = `
# International
un|ООН;Организация Объединенных Наций|ООН;Організація Об'єднаних Націй
un-security-council|Совбез ООН;Совет Безопасности ООН;СБ ООН|Радбез ООН;Рада Безпеки ООН;РБ ООН
nato|НАТО;Североатлантический альянс;Альянс|НАТО;Північноатлантичний альянс;Альянс
eu|ЕС;Евросоюз;Европейский союз;Европейский Союз;EU|^ЄС;^Євросоюз;Європейський союз;Європейський Союз;EU
european-commission|Еврокомиссия;Европейская комиссия;Европейская Комиссия|Єврокомісія;Європейська комісія;Європейська Комісія
european-council|Европейский совет;Европейский Совет;Евросовет|Європейська рада;Європейська Рада
council-of-europe|Совет Европы|Рада Європи
european-parliament|Европарламент;Европейский парламент|Європарламент;Європейський парламент
pace|ПАСЕ|ПАРЄ
osce|ОБСЕ|ОБСЄ
iaea|МАГАТЭ|МАГАТЕ
imf|МВФ;Международный валютный фонд|МВФ;Міжнародний валютний фонд
world-bank|Всемирный банк|Світовий банк
who|ВОЗ;Всемирная организация здравоохранения;WHO|ВООЗ;Всесвітня організація охорони здоров'я;WHO
wto|ВТО|СОТ
unicef|ЮНИСЕФ|ЮНІСЕФ
unesco|ЮНЕСКО|ЮНЕСКО
icc|МУС;Международный уголовный суд|МКС;Міжнародний кримінальний суд
red-cross|Красный Крест;МККК|Червоний Хрест;МКЧХ
g7|G7;Большая семерка;G-7|G7;Велика сімка;G-7
g20|G20;Большая двадцатка;G-20|G20;Велика двадцятка;G-20
brics|БРИКС;BRICS|БРІКС;BRICS
csto|ОДКБ|ОДКБ
sco|ШОС|ШОС
cis|СНГ|СНД
fifa|ФИФА|ФІФА
uefa|УЕФА|УЄФА
ioc|МОК|МОК
interpol|Интерпол|Інтерпол
opec|ОПЕК|ОПЕК
coalition|коалиция желающих;коалиция решительных|коаліція охочих;коаліція рішучих
ramstein|=Рамштайн|=Рамштайн
# Ukraine
afu|ВСУ;Вооруженные силы Украины|ЗСУ;Збройні сили України
general-staff-ua|Генштаб ВСУ;Генеральный штаб ВСУ|Генштаб ЗСУ;Генеральний штаб ЗСУ
sbu|СБУ;Служба безопасности Украины|СБУ;Служба безпеки України
hur|ГУР;ГУР МО|ГУР;ГУР МО
nsdc|СНБО;СНБО Украины;Совет национальной безопасности и обороны;Совбез|РНБО;РНБО України;Рада національної безпеки і оборони
ua-presidents-office|Офис президента;Офис Президента;ОП|Офіс президента;Офіс Президента;ОП
verkhovna-rada|+Верховная Рада;!Рада;ВР|+Верховна Рада;!Рада;ВР
cabinet-ua|+Кабмин;+Кабинет министров|+Кабмін;+Кабінет міністрів
nabu|НАБУ|НАБУ
sapo|САП|САП
nbu|НБУ|НБУ
dbr|ГБР|ДБР
nationall-police-ua|Нацполиция;Национальная полиция|Нацполіція;Національна поліція
gsches|ГСЧС|ДСНС
moz-ua|~Минздрав Украины;МОЗ|МОЗ/МОЗу/МОЗі;МОЗ України
mfa-ua|МИД Украины|МЗС;МЗС України
mod-ua|=Минобороны Украины|=Міноборони України
naftogaz|+Нафтогаз|Нафтогаз
ukrzaliznytsia|Укрзализныця;Укрзалізниця|Укрзалізниця
ukrenergo|Укрэнерго|Укренерго
energoatom|Энергоатом|Енергоатом
servant-of-the-people|Слуга народа|Слуга народу
european-solidarity|Европейская солидарность|Європейська солідарність
batkivshchyna|=Батькивщина|=Батьківщина
opzzh|ОПЗЖ;=Оппозиционная платформа - За жизнь|ОПЗЖ;=Опозиційна платформа - За життя
# Russia
kgb|КГБ|КДБ
fas|ФАС|ФАС
minsvyazi|=Минсвязи;=Минцифры|=Мінцифри
mined|=Минэкономразвития|=Мінекономіки
constitutional-court|Конституционный суд|Конституційний суд
supreme-court|Верховный суд|Верховний суд
bolshoi|Большой театр|Великий театр
skolkovo|=Сколково|=Сколково
moscow-duma|Мосгордума|Мосміськдума
kremlin|Кремль|Кремль
state-duma|Госдума;Государственная дума;Государственная Дума;!Дума|Держдума;Державна дума
federation-council|Совет Федерации;Совфед|Рада Федерації
government|*Правительство|*Уряд
fsb|ФСБ|ФСБ
svr|СВР|СВР
gru|ГРУ|ГРУ
mfa|+~МИД/МИДа/МИДе/МИДом/МИДу;+~Министерство иностранных дел|+МЗС;+~Міністерство закордонних справ
mod|+~=Минобороны;+~Министерство обороны|+~=Міноборони;+~Міністерство оборони
moh|+~Минздрав;+~Министерство здравоохранения;+~Депздрав|+МОЗ;+~Міністерство охорони здоров'я
embassy|*Посольство|*Посольство
minfin|+~Минфин;+~Министерство финансов|+~Мінфін;+~Міністерство фінансів
mvd|+МВД;+~Министерство внутренних дел|+МВС;+~Міністерство внутрішніх справ
general-staff|Генштаб|Генштаб
prosecutor-general|+Генпрокуратура|+Генпрокуратура;+Офіс генпрокурора
rosatom|Росатом|Росатом
roscosmos|Роскосмос|Роскосмос
rospotrebnadzor|Роспотребнадзор|Роспоживнагляд
roskomnadzor|Роскомнадзор|Роскомнагляд
gazprom|Газпром|Газпром
rosneft|Роснефть|Роснефть
lukoil|Лукойл|Лукойл
sberbank|Сбербанк|Сбербанк
united-russia|=Единая Россия|=Єдина Росія
ldpr|ЛДПР|ЛДПР
kprf|КПРФ|КПРФ
yabloko|!Яблоко|!Яблуко
wagner|ЧВК Вагнер;ЧВК «Вагнер»|ПВК Вагнер;ПВК «Вагнер»
ran|РАН|РАН
rfpi|РФПИ|РФПІ
rpc|РПЦ|РПЦ
mchs|МЧС|МНС
mchs-ua|ГСЧС Украины|ДСНС України
roszdravnadzor|Росздравнадзор|Росздоровнагляд
rosprirodnadzor|Росприроднадзор|Росприроднагляд
rosselkhoznadzor|Россельхознадзор|Россільгоспнагляд
rosobrnadzor|Рособрнадзор|Рособрнагляд
rostekhnadzor|Ростехнадзор|Ростехнагляд
rosstat|Росстат|Росстат
rosaviatsiya|Росавиация|Росавіація
rosgvardiya|Росгвардия|Росгвардія
rostourism|Ростуризм|Ростуризм
rosreestr|Росреестр|Росреєстр
rostec|Ростех|Ростех
rosfinmonitoring|Росфинмониторинг|Росфінмоніторинг
minagri|+~Минсельхоз;+~Министерство сельского хозяйства|+~Мінагрополітики;+~Міністерство аграрної політики
minjust|+~Минюст;+~Министерство юстиции|+~Мін'юст;+~Міністерство юстиції
mintrans|+~Минтранс;+~Министерство транспорта|+~Мінінфраструктури;+~Міністерство інфраструктури
minenergo|+~Минэнерго;+~Министерство энергетики|+~Міненерго;+~Міністерство енергетики
minpromtorg|~Минпромторг|~Мінпромторг
minobrnauki|+~Минобрнауки;+~Министерство образования и науки;~=Минпросвещения|+~МОН;+~Міністерство освіти і науки
mintrud|+~Минтруд;+~Министерство труда|+~Мінсоцполітики;+~Міністерство соціальної політики
minkult|+~=Минкультуры;+~Министерство культуры|+~Мінкульт;+~Міністерство культури
minprirody|~=Минприроды|~Міндовкілля
mincomsvyaz|~=Минкомсвязи|~=Мінцифри
mineconomy|+~Минэкономики;+~Министерство экономики|+~Мінекономіки;+~Міністерство економіки
fns|ФНС|ФНС
fts|ФТС|ФМС
fsin|ФСИН|ФСВП
fso|ФСО|ФСО
gibdd|ГИБДД;ГАИ|ДАІ
guvd|ГУВД|ГУВС
investigative-committee|СК;СКР;Следственный комитет|СК РФ;Слідчий комітет
prosecutor-ua|Офис генпрокурора|Офіс генпрокурора
cbr|ЦБ;Центробанк;Банк России;Центральный банк|ЦБ;Центробанк;Банк Росії;Центральний банк
ecb|ЕЦБ;Европейский центральный банк;Европейский центробанк|ЄЦБ;Європейський центральний банк
fed|ФРС;Федеральная резервная система|ФРС;Федеральна резервна система
ebrd|ЕБРР|ЄБРР
eib|ЕИБ|ЄІБ
oecd|ОЭСР|ОЕСР
asean|АСЕАН|АСЕАН
african-union|Африканский союз;Африканский Союз|Африканський союз;Африканський Союз
arab-league|Лига арабских государств;Арабская лига|Ліга арабських держав;Арабська ліга
eaeu|ЕАЭС|ЄАЕС
paris-club|Парижский клуб|Паризький клуб
amnesty|Amnesty International;Международная амнистия|Amnesty International;Міжнародна амністія
hrw|Human Rights Watch|Human Rights Watch
msf|Врачи без границ|Лікарі без кордонів
gavi|GAVI;Gavi;ГАВИ|GAVI;Gavi
cepi|CEPI|CEPI
ema-ru|ЕМА;Европейское агентство по лекарственным средствам|ЕМА;Європейське агентство з лікарських засобів;Європейська агенція лікарських засобів
cdc|CDC|CDC
nih|NIH|NIH
mhra|MHRA|MHRA
rki|RKI;Институт Роберта Коха|RKI;Інститут Роберта Коха
iata|IATA;ИАТА|IATA;ІАТА
nasdaq|Nasdaq;NASDAQ|Nasdaq;NASDAQ
nyse|NYSE|NYSE
moex|Мосбиржа;Московская биржа|Мосбіржа;Московська біржа
msu|МГУ|МДУ
mipt|МФТИ|МФТІ
spbu|СПбГУ|СПбДУ
hse|ВШЭ|ВШЕ
mgimo|МГИМО|МДІМВ
rggu|РГГУ|РДГУ
kpss|КПСС|КПРС
bundestag|Бундестаг|Бундестаг
knesset|Кнессет|Кнесет
sejm|!Сейм|!Сейм
cdu|ХДС|ХДС
afd|АдГ|АдН
labour|Лейбористская партия|Лейбористська партія
conservative|Консервативная партия|Консервативна партія
# United States
white-house|Белый дом|Білий дім/Білого дому/Білому домі/Білому дому/Білим домом
state-department|~Госдеп;~Госдепартамент|~Держдеп;~Держдепартамент
pentagon|Пентагон|Пентагон
congress|!Конгресс|!Конгрес
senate|!Сенат|!Сенат
house-of-representatives|Палата представителей|Палата представників
cia|ЦРУ;CIA|ЦРУ;CIA
fbi|ФБР;FBI|ФБР;FBI
fda|FDA|FDA
nasa|НАСА;NASA|НАСА;NASA
republican-party|Республиканская партия|Республіканська партія
democratic-party|Демократическая партия|Демократична партія
# Media
reuters|Reuters;Рейтер;Рейтерс|Reuters;Рейтер;Рейтерс
afp|AFP;Франс Пресс;=Франс-Пресс|AFP;=Франс Пресс
ap|AP;Associated Press;=Ассошиэйтед Пресс|AP;Associated Press;=Асошіейтед Прес
bloomberg|Bloomberg;Блумберг|Bloomberg;Блумберг
cnn|CNN|CNN
bbc|BBC;Би-би-си|BBC;Бі-бі-сі
euronews|Euronews|Euronews
politico|Politico|Politico
axios|Axios|Axios
nyt|New York Times;The New York Times;=Нью-Йорк Таймс|New York Times;The New York Times;=Нью-Йорк Таймс
wsj|Wall Street Journal;The Wall Street Journal|Wall Street Journal;The Wall Street Journal
washington-post|Washington Post;The Washington Post|Washington Post;The Washington Post
guardian|The Guardian;Guardian|The Guardian;Guardian
financial-times|Financial Times;FT|Financial Times;FT
economist|The Economist|The Economist
dw|DW;Deutsche Welle;=Немецкая волна|DW;Deutsche Welle;=Німецька хвиля
fox-news|Fox News|Fox News
cbs|CBS|CBS
nbc|NBC|NBC
abc|ABC|ABC
sky-news|Sky News|Sky News
getty|Getty Images|Getty Images
unn|УНН|УНН
unian|УНИАН|УНІАН
ukrinform|Укринформ|Укрінформ
interfax|Интерфакс;Интерфакс-Украина|Інтерфакс;Інтерфакс-Україна
tass|ТАСС|ТАСС
ria|РИА Новости;!РИА|РІА Новини;!РІА
rbc|РБК;RBC.UA|РБК-Україна;RBC.UA
xinhua|Синьхуа|Сіньхуа
eurointegration|Европейская правда|Європейська правда
pravda|Украинская правда|Українська правда
suspilne|=Суспильне|=Суспільне
hromadske|=Громадское|=Громадське
kommersant|=Коммерсантъ|=Коммерсант
voa|Голос Америки|Голос Америки
radio-liberty|Радио Свобода|Радіо Свобода
kommersant-2|!Ведомости;!Известия|!Відомості
novaya-gazeta|Новая газета|Нова газета
rg|Российская газета|Російська газета
kp|Комсомольская правда|Комсомольська правда
aif|Аргументы и факты|Аргументи і факти
mk|Московский комсомолец|Московський комсомолець
ng|Независимая газета|Незалежна газета
gazeta-ru|=Газета.ру;Gazeta.ru|Gazeta.ru
meduza|Meduza;=Медуза|Meduza
echo|Эхо Москвы|Ехо Москви
dozhd|!Дождь|!Дощ
ntv|НТВ|НТВ
first-channel|Первый канал|Перший канал
vgtrk|ВГТРК|ВДТРК
rt|RT;Russia Today|RT;Russia Today
regnum|Regnum;REGNUM;=Регнум|Regnum
rosbalt|Росбалт|Росбалт
fontanka|Фонтанка.ру;Fontanka.ru|Fontanka.ru
forbes|Forbes|Forbes
cnbc|CNBC|CNBC
le-monde|Le Monde|Le Monde
le-figaro|Le Figaro|Le Figaro
spiegel|Der Spiegel;Spiegel|Der Spiegel;Spiegel
bild|Bild|Bild
die-welt|Die Welt|Die Welt
faz|Frankfurter Allgemeine;FAZ|Frankfurter Allgemeine;FAZ
sz|Süddeutsche Zeitung|Süddeutsche Zeitung
el-pais|El País;El Pais|El País;El Pais
corriere|Corriere della Sera|Corriere della Sera
repubblica|La Repubblica|La Repubblica
la-stampa|La Stampa|La Stampa
independent|The Independent|The Independent
times|The Times|The Times
telegraph|The Telegraph;Daily Telegraph|The Telegraph;Daily Telegraph
daily-mail|Daily Mail|Daily Mail
usa-today|USA Today|USA Today
newsweek|Newsweek|Newsweek
al-arabiya|Al Arabiya;Аль-Арабия|Al Arabiya;Аль-Арабія
kyodo|Kyodo;Киодо|Kyodo;Кіодо
yonhap|Yonhap;Ренхап;Рёнхап|Yonhap;Йонхап
dpa|dpa;DPA|dpa;DPA
ansa|ANSA|ANSA
efe|EFE|EFE
anadolu|Anadolu;Анадолу|Anadolu;Анадолу
france-presse|France-Presse;Agence France-Presse|France-Presse;Agence France-Presse
belta|БелТА|БелТА
epravda|Экономическая правда|Економічна правда
zn|Зеркало недели;ZN.UA|Дзеркало тижня;ZN.UA
nv|НВ;Новое время|НВ;Новий час
censor|Цензор.нет;Цензор.НЕТ|Цензор.нет;Цензор.НЕТ
lb|ЛБ.ua;Левый берег|ЛБ.ua;Лівий берег
glavcom|Главком|Главком
obozrevatel|Обозреватель|Обозреватель
liga|=ЛІГА.net;LIGA.net|LIGA.net;=ЛІГА.net
ictv|ICTV|ICTV
tsn|ТСН|ТСН
inter|!Интер|!Інтер
espreso|Эспрессо|Еспресо
# Companies
aeroflot|Аэрофлот|Аерофлот
rzd|РЖД|РЖД
vtb|ВТБ|ВТБ
gazprombank|Газпромбанк|Газпромбанк
alfa-bank|Альфа-банк;Альфа-Банк|Альфа-банк;Альфа-Банк
tinkoff|Тинькофф|Тінькофф
rostelecom|Ростелеком|Ростелеком
mts|МТС|МТС
megafon|Мегафон;МегаФон|Мегафон;МегаФон
vimpelcom|Вымпелком;ВымпелКом|Вимпелком
yandex|Яндекс;Yandex|Яндекс;Yandex
mailru|Mail.ru;=Мейл.ру|Mail.ru
vk|ВКонтакте|ВКонтакте
nornickel|Норникель;Норильский никель|Норнікель
severstal|Северсталь|Северсталь
novatek|Новатэк;НОВАТЭК|Новатек
transneft|Транснефть|Транснафта
rushydro|РусГидро|РусГідро
avtovaz|АвтоВАЗ|АвтоВАЗ
kamaz|КамАЗ|КамАЗ
tatneft|Татнефть|Татнафта
surgutneftegaz|Сургутнефтегаз|Сургутнафтогаз
uralvagonzavod|Уралвагонзавод|Уралвагонзавод
privatbank|ПриватБанк;Приватбанк|ПриватБанк;Приватбанк
oschadbank|Ощадбанк|Ощадбанк
ukrposhta|Укрпочта|Укрпошта
nova-poshta|Новая почта|Нова пошта
kyivstar|Киевстар|Київстар
ukroboronprom|Укроборонпром|Укроборонпром
dtek|ДТЭК|ДТЕК
metinvest|Метинвест|Метінвест
antonov|=Антонов|=Антонов
motor-sich|Мотор Сич|Мотор Січ
pharmstandard|Фармстандарт|Фармстандарт
r-pharm|Р-Фарм|Р-Фарм
biocad|Биокад|Біокад
petrovax|Петровакс|Петровакс
generium|Генериум|Генеріум
novavax|Novavax|Novavax
roche|Roche|Roche
gsk|GSK;GlaxoSmithKline|GSK;GlaxoSmithKline
merck|Merck|Merck
bayer|Bayer|Bayer
cansino|CanSino;CanSino Biologics|CanSino;CanSino Biologics
catalent|Catalent|Catalent
ford|Ford|Ford
volkswagen|Volkswagen;Фольксваген|Volkswagen;Фольксваген
bmw|BMW|BMW
mercedes|Mercedes-Benz|Mercedes-Benz
toyota|Toyota|Toyota
renault|Renault|Renault
lufthansa|Lufthansa;Люфтганза|Lufthansa;Люфтганза
qantas|Qantas|Qantas
hp|Hewlett-Packard;HP|Hewlett-Packard;HP
sun|Sun Microsystems|Sun Microsystems
dell|Dell|Dell
cisco|Cisco|Cisco
nokia|Nokia|Nokia
siemens|Siemens|Siemens
shell|Shell|Shell
bp|BP|BP
uber|Uber|Uber
netflix|Netflix|Netflix
instagram|Instagram|Instagram
whatsapp|WhatsApp|WhatsApp
tiktok|TikTok|TikTok
zoom|Zoom|Zoom
yahoo|Yahoo;Yahoo!|Yahoo
ebay|eBay|eBay
paypal|PayPal|PayPal
visa|Visa|Visa
mastercard|Mastercard;MasterCard|Mastercard
goldman|Goldman Sachs|Goldman Sachs
jpmorgan|JPMorgan;JPMorgan Chase|JPMorgan
deutsche-bank|Deutsche Bank|Deutsche Bank
hsbc|HSBC|HSBC
ubs|UBS|UBS
vestas|Vestas|Vestas
michelin|Michelin|Michelin
ferrari|Ferrari;Феррари|Ferrari;Феррарі
mclaren|McLaren|McLaren
red-bull|Red Bull|Red Bull
greenpeace|Гринпис;Greenpeace|Грінпіс;Greenpeace
al-qaeda|Аль-Каида|Аль-Каїда
hamas|ХАМАС|ХАМАС
hezbollah|Хезболла|Хезболла
taliban|=Талибан|=Талібан
isis|ИГИЛ|ІДІЛ
fide|ФИДЕ|ФІДЕ
fao|ФАО|ФАО
lenta|=Лента.ру;Lenta.ru|Lenta.ru
wikinews|Викиновости|Вікіновини
newsru|NEWSru.com|NEWSru.com
al-jazeera|Аль-Джазира;Al Jazeera|Аль-Джазіра;Al Jazeera
beeline|Билайн|Білайн
philips|Philips|Philips
oracle|Oracle|Oracle
ibm|IBM|IBM
intel|Intel|Intel
samsung|Samsung|Samsung
huawei|Huawei|Huawei
nvidia|Nvidia|Nvidia
x|!Twitter|!Twitter
telegram|!Telegram|!Telegram
youtube|YouTube|YouTube
sinovac|Sinovac;Sinovac Biotech|Sinovac;Sinovac Biotech
sinopharm|Sinopharm|Sinopharm
johnson|Johnson & Johnson|Johnson & Johnson
sanofi|Sanofi|Sanofi
curevac|CureVac;Curevac|CureVac;Curevac
novartis|Novartis|Novartis
ema|EMA|EMA
covax|COVAX|COVAX
pfizer|Pfizer;=Пфайзер|Pfizer;=Пфайзер
biontech|BioNTech;Biontech;=Байонтек|BioNTech;Biontech;=Біонтек
moderna|Moderna;=Модерна|Moderna;=Модерна
astrazeneca|AstraZeneca;=АстраЗенека|AstraZeneca;=АстраЗенека
google|Google;=Гугл|Google;=Гугл
microsoft|Microsoft;Майкрософт|Microsoft;Майкрософт
facebook|Facebook;=Фейсбук;=Фэйсбук|Facebook;=Фейсбук
meta|Meta|Meta
apple|Apple|Apple
tesla|Tesla|Tesla
spacex|SpaceX|SpaceX
starlink|Starlink|Starlink
openai|OpenAI|OpenAI
amazon|Amazon|Amazon
boeing|Boeing|Boeing
airbus|Airbus|Airbus
`;

/** Nouns that introduce an organization's quoted name: партия «…», видання "…". Nominative. */
export const ORG_NOUNS_RU = `партия издание газета журнал телеканал агентство информагентство компания корпорация концерн
банк фонд холдинг движение объединение организация коалиция фракция блок завод предприятие радиостанция
телекомпания группа клуб союз ассоциация партнерство общество институт центр театр еженедельник ежедневник
издательство магазин сеть студия лаборатория больница клиника госпиталь фирма авиакомпания фармкомпания ансамбль
школа университет академия команда госпредприятие профсоюз оператор перевозчик авиаперевозчик лоукостер
фабрика комбинат кооператив агрохолдинг стартап производитель`;

export const ORG_NOUNS_UK = `партія видання газета журнал телеканал агентство інформагентство агенція компанія корпорація концерн
банк фонд холдинг рух об'єднання організація коаліція фракція блок завод підприємство радіостанція
телекомпанія група клуб союз асоціація товариство інститут центр театр тижневик щоденник
видавництво магазин мережа студія лабораторія лікарня клініка шпиталь фірма авіакомпанія фармкомпанія ансамбль
гурт школа університет академія команда держпідприємство спілка профспілка оператор перевізник авіаперевізник
лоукостер фабрика комбінат кооператив агрохолдинг стартап виробник`;
