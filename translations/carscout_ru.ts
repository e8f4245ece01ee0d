<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CarScout::Quote</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON: a profile is an object {…}</source>
        <translation>некорректный JSON: профиль должен быть объектом {…}</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>у профиля нет названия</translation>
    </message>
    <message>
        <source>payment_fx_margin_percent must be a number of at least 0</source>
        <translation>payment_fx_margin_percent должен быть числом не меньше 0</translation>
    </message>
    <message>
        <source>the payment rate of %1 must be a positive number of roubles per unit</source>
        <translation>курс оплаты %1 должен быть положительным числом рублей за единицу</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must be a list of line items</source>
        <translation>«lines» должен быть списком статей расчёта</translation>
    </message>
    <message>
        <source>line item %1 has no name</source>
        <translation>у статьи %1 нет названия</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the amount is missing or not a number</source>
        <translation>«%1»: сумма не указана или не является числом</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: negative amount %2</source>
        <translation>«%1»: отрицательная сумма %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown currency %2 without a payment rate</source>
        <translation>«%1»: неизвестная валюта %2 без курса оплаты</translation>
    </message>
    <message>
        <source>the commission amount is missing or not a number</source>
        <translation>сумма комиссии не указана или не является числом</translation>
    </message>
    <message>
        <source>negative commission %1</source>
        <translation>отрицательная комиссия %1</translation>
    </message>
    <message>
        <source>the commission has an unknown currency %1 without a payment rate</source>
        <translation>у комиссии неизвестная валюта %1 без курса оплаты</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>no %1 rate in the CBR table of %2</source>
        <translation>в таблице курсов ЦБ на %2 нет курса %1</translation>
    </message>
    <message>
        <source>the customs payments are not computable: %1</source>
        <translation>таможенные платежи не рассчитать: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CarScout::Quote::ProfileStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>%1 is not one of your profiles</source>
        <translation>%1 не входит в ваши профили</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
</context>
<context>
    <name>CarScout::Services::CrossCheckService</name>
    <message>
        <source>The tks.ru cross-check is not available in demo mode: the demo has no stand-in for tks.ru and nothing leaves this computer.</source>
        <translation>В демо-режиме сверка с tks.ru недоступна: в демо нет замены tks.ru, и ничего не уходит за пределы компьютера.</translation>
    </message>
    <message>
        <source>To cross-check with tks.ru, choose a CAPTCHA token source in the settings.</source>
        <translation>Чтобы сверяться с tks.ru, выберите источник токенов CAPTCHA в настройках.</translation>
    </message>
    <message>
        <source>The CAPTCHA solver service has no valid http(s) address in the settings.</source>
        <translation>В настройках не задан корректный адрес http(s) сервиса решения CAPTCHA.</translation>
    </message>
    <message>
        <source>The CAPTCHA solver&apos;s key cannot be read: there is no keychain.</source>
        <translation>Ключ сервиса решения CAPTCHA не прочитать: нет системного хранилища ключей.</translation>
    </message>
</context>
<context>
    <name>CarScout::Specs</name>
    <message>
        <source>from the listing</source>
        <translation>из объявления</translation>
    </message>
    <message>
        <source>from the specs catalog</source>
        <translation>из каталога характеристик</translation>
    </message>
    <message>
        <source>from the listing&apos;s detail page</source>
        <translation>со страницы объявления</translation>
    </message>
    <message>
        <source>from pan-auto.ru</source>
        <translation>с pan-auto.ru</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>ваше значение</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>near the limit</source>
        <translation>у границы</translation>
    </message>
    <message>
        <source>hp</source>
        <translation>л.с.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: unknown — the power is not known; enter it to decide.</source>
        <translation>Льготный утильсбор: неизвестно — мощность неизвестна; введите её, чтобы определить.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: no — the engine is over 3,000 cm³.</source>
        <translation>Льготный утильсбор: нет — объём двигателя больше 3000 см³.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: unknown — %1, but the engine size is not known (the limit is 3,000 cm³).</source>
        <translation>Льготный утильсбор: неизвестно — %1, но объём двигателя неизвестен (предел — 3000 см³).</translation>
    </message>
    <message>
        <source>Preferential utilization fee: unknown — %1: the engines this listing may have fall on both sides of the %2 hp limit.</source>
        <translation>Льготный утильсбор: неизвестно — %1: возможные двигатели этого объявления лежат по обе стороны предела %2 л.с.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: yes — %1, %2 hp under the %3 hp limit.</source>
        <translation>Льготный утильсбор: да — %1, %2 л.с., ниже предела %3 л.с.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: no — %1, %2 hp over the %3 hp limit.</source>
        <translation>Льготный утильсбор: нет — %1, %2 л.с., выше предела %3 л.с.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: near the limit — %1 against %2 hp; the makers give PS, customs labs measure kW, so a measurement decides.</source>
        <translation>Льготный утильсбор: у границы — %1 при пределе %2 л.с.; производители указывают л.с. (PS), а таможенные лаборатории измеряют кВт, поэтому решит замер.</translation>
    </message>
    <message>
        <source>Preferential utilization fee: unknown.</source>
        <translation>Льготный утильсбор: неизвестно.</translation>
    </message>
    <message>
        <source>For an electric car the limit is 80 hp of 30-minute power.</source>
        <translation>Для электромобиля предел — 80 л.с. 30-минутной мощности.</translation>
    </message>
    <message>
        <source>No 30-minute power is published: 0.45 × the peak power is used, as customs do.</source>
        <translation>30-минутная мощность не опубликована: берётся 0,45 × пиковой мощности, как делает таможня.</translation>
    </message>
    <message>
        <source>The e-motor&apos;s 30-minute power is not published: the range runs from the engine alone to engine + motor peak.</source>
        <translation>30-минутная мощность электромотора не опубликована: диапазон — от мощности одного ДВС до суммы пиковых мощностей ДВС и электромотора.</translation>
    </message>
    <message>
        <source>cm³</source>
        <translation>см³</translation>
    </message>
    <message>
        <source>Nominal value from the title; the exact engine size is not known.</source>
        <translation>Номинальное значение из названия; точный объём двигателя неизвестен.</translation>
    </message>
    <message>
        <source>The listing does not say which of these engines it has:</source>
        <translation>В объявлении не сказано, какой из этих двигателей установлен:</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::CostProfilesPage</name>
    <message>
        <source>The profile of the landed column and of every quote</source>
        <translation>Профиль для столбца «под ключ» и для каждого предложения</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Import a cost profile</source>
        <translation>Импорт профиля расходов</translation>
    </message>
    <message>
        <source>Cost profiles (*.json)</source>
        <translation>Профили расходов (*.json)</translation>
    </message>
    <message>
        <source>Export the cost profile</source>
        <translation>Экспорт профиля расходов</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Профили:</translation>
    </message>
    <message>
        <source>Active profile:</source>
        <translation>Активный профиль:</translation>
    </message>
    <message>
        <source>What the payment agent charges over the CBR rate, in percent (the car and every foreign-currency line are paid at CBR × (1 + margin / 100))</source>
        <translation>Сколько платёжный агент берёт сверх курса ЦБ, в процентах (автомобиль и каждая строка в иностранной валюте оплачиваются по курсу ЦБ × (1 + наценка / 100))</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>To the border</source>
        <translation>До границы</translation>
    </message>
    <message>
        <source>Lines &quot;to the border&quot; (lot fee, transport, export papers, freight) are part of the customs value; the others (broker, storage, lab, delivery in Russia) come after customs.</source>
        <translation>Статьи «до границы» (сбор за лот, перевозка, экспортные документы, фрахт) входят в таможенную стоимость; остальные (брокер, СВХ, лаборатория, доставка по России) идут после таможни.</translation>
    </message>
    <message>
        <source>RUB per unit</source>
        <translation>₽ за единицу</translation>
    </message>
    <message>
        <source>A fixed payment rate for a currency instead of CBR + margin</source>
        <translation>Фиксированный курс оплаты для валюты вместо курса ЦБ с наценкой</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить статью</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить статью</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Payment margin over CBR, %:</source>
        <translation>Наценка к курсу ЦБ, %:</translation>
    </message>
    <message>
        <source>Fixed payment rates:</source>
        <translation>Фиксированные курсы оплаты:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>None: the costs of the Customs page</source>
        <translation>Нет: расходы со страницы «Таможня»</translation>
    </message>
    <message>
        <source>%1 (does not load)</source>
        <translation>%1 (не загружается)</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (пример)</translation>
    </message>
    <message>
        <source>An example shipped with CarScout, not real prices: your changes are saved as your own copy.</source>
        <translation>Пример из поставки CarScout, цены не настоящие: ваши изменения сохраняются как собственная копия.</translation>
    </message>
    <message>
        <source>This file does not load; fix it here and save, or correct the file.</source>
        <translation>Этот файл не загружается: исправьте профиль здесь и сохраните его или исправьте сам файл.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>The shipped examples cannot be deleted.</source>
        <translation>Примеры из поставки удалить нельзя.</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::CostService</name>
    <message>
        <source>power unknown: enter it in the detail panel</source>
        <translation>мощность неизвестна: введите её в панели подробностей</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::CustomsDialog</name>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Rate / basis</source>
        <translation>Ставка / основание</translation>
    </message>
    <message>
        <source>Combustion engine is the main power source</source>
        <translation>ДВС — основной источник мощности</translation>
    </message>
    <message>
        <source>Off-road vehicle (ETT note 6)</source>
        <translation>Внедорожник (примечание 6 ЕТТ)</translation>
    </message>
    <message>
        <source>Cross-check online</source>
        <translation>Сверить онлайн</translation>
    </message>
    <message>
        <source>Customs calculator</source>
        <translation>Таможенный калькулятор</translation>
    </message>
    <message>
        <source>Individual, personal use</source>
        <translation>Физическое лицо, для личного пользования</translation>
    </message>
    <message>
        <source>Company (or resale)</source>
        <translation>Юридическое лицо (или перепродажа)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Легковой автомобиль</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Мотоцикл</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Бензин</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Дизель</translation>
    </message>
    <message>
        <source>Hybrid (petrol)</source>
        <translation>Гибрид (бензин)</translation>
    </message>
    <message>
        <source>Hybrid (diesel)</source>
        <translation>Гибрид (дизель)</translation>
    </message>
    <message>
        <source>Range extender (sequential hybrid)</source>
        <translation>С увеличителем запаса хода (последовательный гибрид)</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Электро</translation>
    </message>
    <message>
        <source> cm³</source>
        <translation> см³</translation>
    </message>
    <message>
        <source>unknown / none</source>
        <translation>неизвестно / нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>hp</source>
        <translation>л. с.</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>кВт</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> кВт</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единиц</translation>
    </message>
    <message>
        <source>RUB</source>
        <translation>руб.</translation>
    </message>
    <message>
        <source>Importer:</source>
        <translation>Импортёр:</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Двигатель:</translation>
    </message>
    <message>
        <source>Displacement:</source>
        <translation>Объём двигателя:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Мощность:</translation>
    </message>
    <message>
        <source>E-motor 30-min power:</source>
        <translation>30-минутная мощность электромотора:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Дата выпуска:</translation>
    </message>
    <message>
        <source>Declaration date:</source>
        <translation>Дата декларирования:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>Costs to the border:</source>
        <translation>Расходы до границы:</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <source>Exchange rates (RUB for the given units):</source>
        <translation>Курсы валют (рублей за указанное число единиц):</translation>
    </message>
    <message>
        <source>CarScout (offline rules)</source>
        <translation>CarScout (правила без сети)</translation>
    </message>
    <message>
        <source>Online cross-check</source>
        <translation>Онлайн-сверка</translation>
    </message>
    <message>
        <source>No online calculator is available in this build; the offline rules are shown.</source>
        <translation>В этой сборке нет онлайн-калькулятора; показан расчёт по встроенным правилам.</translation>
    </message>
    <message>
        <source>CBR rates of %1 (%2); edit a rate to override it.</source>
        <translation>Курсы ЦБ РФ на %1 (%2); измените курс, чтобы задать свой.</translation>
    </message>
    <message>
        <source>CBR rates are not loaded: enter the rates you want to use.</source>
        <translation>Курсы ЦБ РФ не загружены: введите нужные курсы.</translation>
    </message>
    <message>
        <source>Customs calculator: %1</source>
        <translation>Таможенный калькулятор: %1</translation>
    </message>
    <message>
        <source>enter the production date as YYYY-MM or YYYY-MM-DD</source>
        <translation>введите дату выпуска в виде ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Total payments %1</source>
        <translation>Всего платежей %1</translation>
    </message>
    <message>
        <source>with the price %1</source>
        <translation>вместе с ценой %1</translation>
    </message>
    <message>
        <source>Fix the inputs first.</source>
        <translation>Сначала исправьте исходные данные.</translation>
    </message>
    <message>
        <source>Asking the online calculator…</source>
        <translation>Запрос к онлайн-калькулятору…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 agrees to the kopeck.</source>
        <translation>%1 совпадает до копейки.</translation>
    </message>
    <message>
        <source>%1 differs by %2.</source>
        <translation>%1 отличается на %2.</translation>
    </message>
    <message>
        <source>%1 (rounding)</source>
        <translation>%1 (округление)</translation>
    </message>
    <message>
        <source>Asking tks.ru (waiting for a CAPTCHA token)…</source>
        <translation>Запрос к tks.ru (ожидание токена CAPTCHA)…</translation>
    </message>
    <message>
        <source>CAPTCHA tokens are entered by hand: open tks.ru with these inputs and compare there.</source>
        <translation>Токены CAPTCHA вводятся вручную: откройте tks.ru с этими данными и сравните там.</translation>
    </message>
    <message>
        <source>CarScout</source>
        <translation>CarScout</translation>
    </message>
    <message>
        <source>Clearance fee</source>
        <translation>Таможенный сбор</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Excise</source>
        <translation>Акциз</translation>
    </message>
    <message>
        <source>Import duty / ETS</source>
        <translation>Ввозная пошлина / ЕТС</translation>
    </message>
    <message>
        <source>Open the tks.ru calculator in the browser</source>
        <translation>Открыть калькулятор tks.ru в браузере</translation>
    </message>
    <message>
        <source>Opens tks.ru with these inputs; you may have to press the calculate button and solve the CAPTCHA there.</source>
        <translation>Открывает tks.ru с этими данными; там может понадобиться нажать «рассчитать» и пройти CAPTCHA.</translation>
    </message>
    <message>
        <source>Switch on the online cross-check to compare with tks.ru (uses the CAPTCHA solver service).</source>
        <translation>Включите онлайн-сверку, чтобы сравнить с tks.ru (используется сервис решения CAPTCHA).</translation>
    </message>
    <message>
        <source>The browser could not be opened for tks.ru.</source>
        <translation>Не удалось открыть tks.ru в браузере.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Total without utilization fee</source>
        <translation>Итого без утилизационного сбора</translation>
    </message>
    <message>
        <source>Utilization fee</source>
        <translation>Утилизационный сбор</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>не рассчитывается</translation>
    </message>
    <message>
        <source>tks.ru</source>
        <translation>tks.ru</translation>
    </message>
    <message>
        <source>tks.ru agrees on every line (to the kopeck, ±1 for rounding).</source>
        <translation>tks.ru совпадает по всем строкам (до копейки, ±1 на округление).</translation>
    </message>
    <message>
        <source>tks.ru: %1</source>
        <translation>tks.ru: %1</translation>
    </message>
    <message numerus="yes">
        <source>tks.ru differs on %n line(s).</source>
        <translation>
            <numerusform>tks.ru расходится в %n строке.</numerusform>
            <numerusform>tks.ru расходится в %n строках.</numerusform>
            <numerusform>tks.ru расходится в %n строках.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 (%2): %3 less</source>
        <translation>С %1 (%2): на %3 меньше</translation>
    </message>
    <message>
        <source>From %1 (new rules): %2</source>
        <translation>С %1 (новые правила): %2</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::DetailPanel</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Rate / basis</source>
        <translation>Ставка / основание</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Копировать сс&amp;ылку</translation>
    </message>
    <message>
        <source>Customs &amp;calculator…</source>
        <translation>Таможенный &amp;калькулятор…</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Предыдущее фото</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Следующее фото</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Нет описания</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source> hp</source>
        <translation> л. с.</translation>
    </message>
    <message>
        <source>Engine power for the customs estimate; marketplaces such as Encar do not list it</source>
        <translation>Мощность двигателя для расчёта пошлин; площадки вроде Encar её не указывают</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Мощность:</translation>
    </message>
    <message>
        <source>Customs estimate</source>
        <translation>Оценка таможенных платежей</translation>
    </message>
    <message>
        <source>Inspection and accidents</source>
        <translation>Осмотр и ДТП</translation>
    </message>
    <message>
        <source>No listing selected</source>
        <translation>Объявление не выбрано</translation>
    </message>
    <message>
        <source>Select a listing to see its photos and details</source>
        <translation>Выберите объявление, чтобы увидеть фото и подробности</translation>
    </message>
    <message>
        <source>This listing has no web address that can be opened</source>
        <translation>У этого объявления нет веб-адреса, который можно открыть</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Загрузка подробностей…</translation>
    </message>
    <message>
        <source>Details could not be loaded: %1</source>
        <translation>Не удалось загрузить подробности: %1</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Фото %1 из %2</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Комплектация</translation>
    </message>
    <message>
        <source>First registration</source>
        <translation>Первая регистрация</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <source> cm³</source>
        <translation> см³</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Кузов</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Опции</translation>
    </message>
    <message>
        <source>Inspection report: none</source>
        <translation>Протокол осмотра: нет</translation>
    </message>
    <message>
        <source>Inspection report: accident history %1, simple repair %2</source>
        <translation>Протокол осмотра: ДТП в истории — %1, мелкий ремонт — %2</translation>
    </message>
    <message>
        <source>mileage at inspection %1 km</source>
        <translation>пробег при осмотре %1 км</translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>заменено: %1</translation>
    </message>
    <message>
        <source>welded/sheet metal: %1</source>
        <translation>сварка/рихтовка: %1</translation>
    </message>
    <message>
        <source>Insurance accident record: none</source>
        <translation>Страховая история ДТП: нет</translation>
    </message>
    <message numerus="yes">
        <source>Insurance record: %n accident(s)</source>
        <translation>
            <numerusform>Страховая история: %n ДТП</numerusform>
            <numerusform>Страховая история: %n ДТП</numerusform>
            <numerusform>Страховая история: %n ДТП</numerusform>
        </translation>
    </message>
    <message>
        <source>own damage %1 KRW, other party %2 KRW</source>
        <translation>ущерб своему авто %1 вон, другой стороне %2 вон</translation>
    </message>
    <message>
        <source>owner changes %1, plate changes %2</source>
        <translation>смен владельца %1, смен номера %2</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>полная гибель</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>затопление</translation>
    </message>
    <message>
        <source>theft</source>
        <translation>угон</translation>
    </message>
    <message>
        <source>rental/commercial use</source>
        <translation>прокат/коммерческое использование</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>отметки: %1</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Цена %1</translation>
    </message>
    <message>
        <source>customs %1</source>
        <translation>таможня %1</translation>
    </message>
    <message>
        <source>landed cost %1 (with the costs from the settings)</source>
        <translation>стоимость под ключ %1 (с расходами из настроек)</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Загрузка фото…</translation>
    </message>
    <message>
        <source>Photo not available: %1</source>
        <translation>Фото недоступно: %1</translation>
    </message>
    <message>
        <source>Photo could not be decoded</source>
        <translation>Не удалось декодировать фото</translation>
    </message>
    <message>
        <source>Refused to open &quot;%1&quot;: only http and https addresses are opened</source>
        <translation>Отказано в открытии «%1»: открываются только адреса http и https</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Ни один браузер не смог открыть %1</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Ссылка скопирована</translation>
    </message>
    <message>
        <source>Copy &amp;quote</source>
        <translation>Копировать &amp;расчёт</translation>
    </message>
    <message>
        <source>Photo not available just now; it is tried again shortly</source>
        <translation>Фото сейчас недоступно; скоро будет повторная попытка</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Оригинал: %1</translation>
    </message>
    <message>
        <source>tuning</source>
        <translation>тюнинг</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>отзывная кампания</translation>
    </message>
    <message>
        <source>engine check</source>
        <translation>проверка двигателя</translation>
    </message>
    <message>
        <source>transmission check</source>
        <translation>проверка коробки передач</translation>
    </message>
    <message>
        <source>Displacement %1 %2</source>
        <translation>Объём %1 %2</translation>
    </message>
    <message>
        <source>cm³</source>
        <translation>см³</translation>
    </message>
    <message>
        <source>(nominal, read from the title)</source>
        <translation>(номинальный, из названия)</translation>
    </message>
    <message>
        <source>Displacement unknown</source>
        <translation>Объём неизвестен</translation>
    </message>
    <message>
        <source>power %1 %2</source>
        <translation>мощность %1 %2</translation>
    </message>
    <message>
        <source>hp</source>
        <translation>л.с.</translation>
    </message>
    <message>
        <source>power unknown</source>
        <translation>мощность неизвестна</translation>
    </message>
    <message>
        <source>Passable now: 3 to 5 years old, the lower per-cm³ rate applies.</source>
        <translation>Проходной сейчас: от 3 до 5 лет, действует пониженная ставка за см³.</translation>
    </message>
    <message>
        <source>Over 5 years old: waiting does not lower the payments any more.</source>
        <translation>Старше 5 лет: ожидание платежи больше не снизит.</translation>
    </message>
    <message numerus="yes">
        <source>Passable from %1 (in %n month(s))</source>
        <translation>
            <numerusform>Проходной с %1 (через %n месяц)</numerusform>
            <numerusform>Проходной с %1 (через %n месяца)</numerusform>
            <numerusform>Проходной с %1 (через %n месяцев)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the payments then cannot be computed.</source>
        <translation>%1: платежи на эту дату рассчитать нельзя.</translation>
    </message>
    <message>
        <source>%1: payments then %2.</source>
        <translation>%1: платежи тогда составят %2.</translation>
    </message>
    <message>
        <source>%1: payments then %2, saving %3 against now.</source>
        <translation>%1: платежи тогда составят %2, экономия %3 по сравнению с сегодняшним днём.</translation>
    </message>
    <message>
        <source>%1: payments then %2, no saving against now.</source>
        <translation>%1: платежи тогда составят %2, экономии по сравнению с сегодняшним днём нет.</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::ExportDialog</name>
    <message>
        <source>UTF-8 byte order mark (Excel shows Korean and Chinese correctly)</source>
        <translation>Метка порядка байтов UTF-8 (Excel правильно покажет корейский и китайский текст)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message numerus="yes">
        <source>All listings shown, as filtered and sorted (%n)</source>
        <translation>
            <numerusform>Все показанные объявления с фильтрами и сортировкой (%n)</numerusform>
            <numerusform>Все показанные объявления с фильтрами и сортировкой (%n)</numerusform>
            <numerusform>Все показанные объявления с фильтрами и сортировкой (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected listings only (%n)</source>
        <translation>
            <numerusform>Только выбранные объявления (%n)</numerusform>
            <numerusform>Только выбранные объявления (%n)</numerusform>
            <numerusform>Только выбранные объявления (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>carscout-%1-%2.csv</source>
        <translation>carscout-%1-%2.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Укажите имя файла.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Выберите хотя бы один столбец.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows written</source>
        <translation>Записано %1 из %2 строк</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n строка записана в %1</numerusform>
            <numerusform>%n строки записаны в %1</numerusform>
            <numerusform>%n строк записано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::FilterForm</name>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>RUB</source>
        <translation>руб.</translation>
    </message>
    <message>
        <source>Filter on the marketplace price or on the price in roubles at the CBR rate (roubles filter the results shown; the marketplace is searched without a price)</source>
        <translation>Фильтр по цене площадки или по цене в рублях по курсу ЦБ РФ (рубли фильтруют показанные результаты; площадка ищется без ограничения цены)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Mileage up to</source>
        <translation>Пробег до</translation>
    </message>
    <message>
        <source>Any fuel</source>
        <translation>Любое топливо</translation>
    </message>
    <message>
        <source>Any transmission</source>
        <translation>Любая КПП</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые объявления</translation>
    </message>
    <message>
        <source>Cheapest first</source>
        <translation>Сначала дешёвые</translation>
    </message>
    <message>
        <source>Most expensive first</source>
        <translation>Сначала дорогие</translation>
    </message>
    <message>
        <source>Lowest mileage first</source>
        <translation>Сначала с малым пробегом</translation>
    </message>
    <message>
        <source>Highest mileage first</source>
        <translation>Сначала с большим пробегом</translation>
    </message>
    <message>
        <source>Newest year first</source>
        <translation>Сначала новые по году</translation>
    </message>
    <message>
        <source>The order in which the marketplace returns listings; click a column header to sort the results shown</source>
        <translation>Порядок, в котором площадка выдаёт объявления; щёлкните заголовок столбца, чтобы отсортировать показанные результаты</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>(failed to load)</source>
        <translation>(не загрузилось)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Only cars that are passable now (3–5 years old on the declaration date) or become passable within this many months</source>
        <translation>Только автомобили, проходные уже сейчас (3–5 лет на дату декларирования) или становящиеся проходными в течение указанного числа месяцев</translation>
    </message>
    <message>
        <source>Passable within</source>
        <translation>Проходной в течение</translation>
    </message>
    <message>
        <source>Any utilization fee</source>
        <translation>Любой утильсбор</translation>
    </message>
    <message>
        <source>Preferential fee: yes</source>
        <translation>Льготный утильсбор: да</translation>
    </message>
    <message>
        <source>Preferential fee: yes or near the limit</source>
        <translation>Льготный утильсбор: да или у границы</translation>
    </message>
    <message>
        <source>Preferential fee: near the limit</source>
        <translation>Льготный утильсбор: у границы</translation>
    </message>
    <message>
        <source>Preferential fee: no</source>
        <translation>Льготный утильсбор: нет</translation>
    </message>
    <message>
        <source>Preferential fee: unknown</source>
        <translation>Льготный утильсбор: неизвестно</translation>
    </message>
    <message>
        <source>The small utilization fee of an individual&apos;s car: up to 160 hp and 3,000 cm³ (electric: 80 hp); 155–165 hp is near the limit, where a measurement decides</source>
        <translation>Льготный утильсбор для автомобиля физического лица: до 160 л.с. и 3 000 см³ (электромобиль: 80 л.с.); 155–165 л.с. — у границы, там решает замер</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::ListingNoteBox</name>
    <message>
        <source>Starred</source>
        <translation>В избранном</translation>
    </message>
    <message>
        <source>Your note on this listing</source>
        <translation>Ваша заметка к этому объявлению</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message numerus="yes">
        <source>First seen %1 (%n day(s) on the market)</source>
        <translation>
            <numerusform>Впервые замечено %1 (%n день на рынке)</numerusform>
            <numerusform>Впервые замечено %1 (%n дня на рынке)</numerusform>
            <numerusform>Впервые замечено %1 (%n дней на рынке)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::MainWindow</name>
    <message>
        <source>CarScout</source>
        <translation>CarScout</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write the listings shown (or the selected ones) to a CSV file</source>
        <translation>Записать показанные (или выбранные) объявления в файл CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>&amp;Отменить поиск</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Загрузить ещё</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Фильтры</translation>
    </message>
    <message>
        <source>Customs &amp;calculator…</source>
        <translation>Таможенный &amp;калькулятор…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Detail panel</source>
        <translation>Панель &amp;подробностей</translation>
    </message>
    <message>
        <source>&amp;About CarScout</source>
        <translation>&amp;О программе CarScout</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>No marketplace is available in this build.</source>
        <translation>В этой сборке нет ни одной площадки.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Сбросить по умолчанию</translation>
    </message>
    <message>
        <source>About CarScout</source>
        <translation>О программе CarScout</translation>
    </message>
    <message>
        <source>CarScout %1

Searches Korean and Chinese used-car marketplaces, estimates Russian customs payments at the Central Bank of Russia rate and exports what you see to CSV.

Customs estimates are indicative; the customs declaration decides.</source>
        <translation>CarScout %1

Ищет подержанные автомобили на корейских и китайских площадках, оценивает российские таможенные платежи по курсу ЦБ РФ и экспортирует то, что вы видите, в CSV.

Оценка таможенных платежей ориентировочная; окончательную сумму определяет таможенная декларация.</translation>
    </message>
    <message>
        <source>&amp;My specs…</source>
        <translation>&amp;Мои характеристики…</translation>
    </message>
    <message>
        <source>Remember the power</source>
        <translation>Запомнить мощность</translation>
    </message>
    <message>
        <source>Use %1 hp for every listing of %2 from now on? You can remove it in Tools → My specs.</source>
        <translation>Отныне использовать %1 л.с. для всех объявлений %2? Удалить значение можно в меню Инструменты → Мои характеристики.</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>Не удалось сохранить значение: %1</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::MySpecsDialog</name>
    <message>
        <source>My specs</source>
        <translation>Мои характеристики</translation>
    </message>
    <message>
        <source>Power and engine sizes you entered and asked to remember. They are applied to every listing of the same make, model and engine.</source>
        <translation>Мощности и объёмы двигателей, которые вы ввели и попросили запомнить. Они применяются ко всем объявлениям той же марки, модели и двигателя.</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <source>Power, hp</source>
        <translation>Мощность, л.с.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>The remembered specs could not be read: %1</source>
        <translation>Не удалось прочитать запомненные характеристики: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Entered on: %1</source>
        <translation>Введено: %1</translation>
    </message>
    <message>
        <source>The entry could not be removed: %1</source>
        <translation>Не удалось удалить запись: %1</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::NetStatusWidget</name>
    <message>
        <source>Requests: %1 · retries: %2 · failures: %3 · %4 · rate-limit wait: %5 s</source>
        <translation>Запросов: %1 · повторов: %2 · ошибок: %3 · %4 · ожидание лимита: %5 с</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Запросов в работе: %1</translation>
    </message>
    <message>
        <source>blocked (breaker open)</source>
        <translation>заблокировано (предохранитель разомкнут)</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>в норме</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Circuit breaker of %1: %2</source>
        <translation>Предохранитель %1: %2</translation>
    </message>
    <message>
        <source>CBR rates of %1</source>
        <translation>Курсы ЦБ РФ на %1</translation>
    </message>
    <message>
        <source>CBR rates: not loaded</source>
        <translation>Курсы ЦБ РФ: не загружены</translation>
    </message>
    <message>
        <source>%1 details: one trial request decides whether they resume</source>
        <translation>%1, подробности: один пробный запрос решит, возобновлять ли их</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 details paused (the server asked to slow down): %2 left</source>
        <translation>%1, подробности приостановлены (сервер попросил снизить частоту): осталось %2</translation>
    </message>
    <message>
        <source>Searches go on; listing details from this marketplace wait until the pause is over, then one trial request is sent.</source>
        <translation>Поиск продолжается; подробности объявлений с этой площадки ждут окончания паузы, затем отправляется один пробный запрос.</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::SearchPane</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Загрузить ещё</translation>
    </message>
    <message>
        <source>Search %1 with these filters (Ctrl+Return)</source>
        <translation>Искать на %1 с этими фильтрами (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Fetch the next pages of the same search</source>
        <translation>Загрузить следующие страницы того же поиска</translation>
    </message>
    <message>
        <source>Stop the search now (Esc); the listings received so far stay</source>
        <translation>Остановить поиск сейчас (Esc); полученные объявления останутся</translation>
    </message>
    <message>
        <source>Could not load the %1 catalog: %2</source>
        <translation>Не удалось загрузить каталог %1: %2</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Поиск на %1…</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) so far</source>
        <translation>
            <numerusform>пока %n объявление</numerusform>
            <numerusform>пока %n объявления</numerusform>
            <numerusform>пока %n объявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>waited %1 s on the rate limit</source>
        <translation>ожидание лимита запросов %1 с</translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n listing(s) kept</source>
        <translation>
            <numerusform>Отменено: сохранено %n объявление</numerusform>
            <numerusform>Отменено: сохранено %n объявления</numerusform>
            <numerusform>Отменено: сохранено %n объявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Поиск не удался</translation>
    </message>
    <message>
        <source>The %1 search failed: %2</source>
        <translation>Поиск на %1 не удался: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) in %1 s</source>
        <translation>
            <numerusform>%n объявление за %1 с</numerusform>
            <numerusform>%n объявления за %1 с</numerusform>
            <numerusform>%n объявлений за %1 с</numerusform>
        </translation>
    </message>
    <message>
        <source>that is all</source>
        <translation>это все</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n объявление</numerusform>
            <numerusform>%n объявления</numerusform>
            <numerusform>%n объявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n listing(s) shown</source>
        <translation>
            <numerusform>показано %1 из %n объявления</numerusform>
            <numerusform>показано %1 из %n объявлений</numerusform>
            <numerusform>показано %1 из %n объявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable listing(s) skipped</source>
        <translation>
            <numerusform>Пропущено %n нечитаемое объявление</numerusform>
            <numerusform>Пропущено %n нечитаемых объявления</numerusform>
            <numerusform>Пропущено %n нечитаемых объявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>CBR exchange rates</source>
        <translation>Курсы ЦБ РФ</translation>
    </message>
    <message>
        <source>tks.ru cross-check</source>
        <translation>Сверка с tks.ru</translation>
    </message>
    <message>
        <source>calcus.ru cross-check</source>
        <translation>Сверка с calcus.ru</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Сеть</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Токены</translation>
    </message>
    <message>
        <source>&amp;Customs</source>
        <translation>&amp;Таможня</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-прокси</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-прокси</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in the system keychain, never in the settings file.</source>
        <translation>Пароли и ключи хранятся в системной связке ключей, а не в файле настроек.</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords and keys cannot be saved.</source>
        <translation>Системная связка ключей недоступна: пароли и ключи сохранить нельзя.</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Pause every</source>
        <translation>Пауза каждые</translation>
    </message>
    <message>
        <source>Pause from</source>
        <translation>Пауза от</translation>
    </message>
    <message>
        <source>Pause to</source>
        <translation>Пауза до</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Minimum time between requests to a marketplace, a random extra, a longer pause every N requests, attempts per request and the transfer timeout</source>
        <translation>Минимальное время между запросами к площадке, случайная добавка, длинная пауза каждые N запросов, число попыток на запрос и тайм-аут передачи</translation>
    </message>
    <message>
        <source>Request pacing and patience per service:</source>
        <translation>Темп запросов и терпение для каждого сервиса:</translation>
    </message>
    <message>
        <source>Off (no CAPTCHA-protected cross-checks)</source>
        <translation>Выключено (без сверок, защищённых CAPTCHA)</translation>
    </message>
    <message>
        <source>Solver service</source>
        <translation>Сервис распознавания</translation>
    </message>
    <message>
        <source>Token entered by hand</source>
        <translation>Токен, введённый вручную</translation>
    </message>
    <message>
        <source>Token provider:</source>
        <translation>Источник токенов:</translation>
    </message>
    <message>
        <source>Solver endpoint:</source>
        <translation>Адрес сервиса распознавания:</translation>
    </message>
    <message>
        <source>Solver key:</source>
        <translation>Ключ сервиса распознавания:</translation>
    </message>
    <message>
        <source>Manual token:</source>
        <translation>Токен вручную:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>By language (; for Russian, , otherwise)</source>
        <translation>По языку (; для русского, , для остальных)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Write a UTF-8 byte order mark (for Excel)</source>
        <translation>Записывать метку порядка байтов UTF-8 (для Excel)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Новый язык применится после перезапуска.</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>Разделитель CSV:</translation>
    </message>
    <message>
        <source>Individual, personal use</source>
        <translation>Физическое лицо, для личного пользования</translation>
    </message>
    <message>
        <source>Company (or resale)</source>
        <translation>Юридическое лицо (или перепродажа)</translation>
    </message>
    <message>
        <source>none: ask per listing</source>
        <translation>нет: спрашивать для каждого объявления</translation>
    </message>
    <message>
        <source> hp</source>
        <translation> л. с.</translation>
    </message>
    <message>
        <source>Cross-check with the online calculators (tks.ru, calcus.ru)</source>
        <translation>Сверять с онлайн-калькуляторами (tks.ru, calcus.ru)</translation>
    </message>
    <message>
        <source>Importer:</source>
        <translation>Импортёр:</translation>
    </message>
    <message>
        <source>Declaration date:</source>
        <translation>Дата декларирования:</translation>
    </message>
    <message>
        <source>Costs to the border:</source>
        <translation>Расходы до границы:</translation>
    </message>
    <message>
        <source>Other costs (RUB):</source>
        <translation>Прочие расходы (руб.):</translation>
    </message>
    <message>
        <source>Power when unknown:</source>
        <translation>Мощность, если неизвестна:</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Не удалось прочитать системную связку ключей: %1</translation>
    </message>
    <message>
        <source>The system keychain refused the secret: %1</source>
        <translation>Системная связка ключей не приняла секрет: %1</translation>
    </message>
    <message>
        <source>The proxy needs a host and a port.</source>
        <translation>Для прокси нужны хост и порт.</translation>
    </message>
    <message>
        <source>The solver endpoint must be an http or https address.</source>
        <translation>Адрес сервиса распознавания должен быть адресом http или https.</translation>
    </message>
    <message>
        <source>Today + lead time</source>
        <translation>Сегодня + срок доставки</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>From purchase to the customs declaration (shipping): the default declaration date is today plus this, so the rules and the car&apos;s age of that day apply.</source>
        <translation>Срок от покупки до таможенного декларирования (доставка): по умолчанию дата декларирования — сегодня плюс этот срок, поэтому применяются правила и возраст автомобиля на этот день.</translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation>Срок доставки:</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Предложение</translation>
    </message>
    <message>
        <source>&amp;Marketplaces</source>
        <translation>&amp;Площадки</translation>
    </message>
    <message>
        <source>Telegram @name, WhatsApp +7 …</source>
        <translation>Telegram @имя, WhatsApp +7 …</translation>
    </message>
    <message>
        <source>On every quote (text and PDF)</source>
        <translation>В каждом предложении (текст и PDF)</translation>
    </message>
    <message>
        <source>Dealer name:</source>
        <translation>Имя дилера:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Messenger:</source>
        <translation>Мессенджер:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Engine specs</source>
        <translation>Характеристики двигателя</translation>
    </message>
    <message>
        <source>Look up missing power and engine size online at pan-auto.ru (Encar cars)</source>
        <translation>Искать недостающие мощность и объём на pan-auto.ru (автомобили Encar)</translation>
    </message>
    <message>
        <source>Off by default and always off in the demo: each lookup sends the listing&apos;s id to pan-auto.ru, one request a second.</source>
        <translation>По умолчанию выключено, в демо-режиме всегда выключено: каждый запрос передаёт номер объявления на pan-auto.ru, не чаще одного запроса в секунду.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Общая база команды</translation>
    </message>
    <message>
        <source>empty = this computer&apos;s own file; postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>пусто = собственный файл этого компьютера; postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>Saved searches, price history and notes: an SQLite file (sqlite:///PATH) or a PostgreSQL server shared by the team. Applies after a restart.</source>
        <translation>Сохранённые поиски, история цен и заметки: файл SQLite (sqlite:///ПУТЬ) или общий сервер PostgreSQL команды. Вступает в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>Пароль хранится в системной связке ключей, никогда — в файле настроек.</translation>
    </message>
    <message>
        <source>The team database address is not usable: %1</source>
        <translation>Адрес общей базы непригоден: %1</translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::WatchlistDock</name>
    <message>
        <source>Watchlist</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Run all every</source>
        <translation>Запускать все каждые</translation>
    </message>
    <message>
        <source>&amp;Watchlist</source>
        <translation>&amp;Отслеживание</translation>
    </message>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Сохранить этот поиск…</translation>
    </message>
    <message>
        <source>&amp;Run all saved searches</source>
        <translation>&amp;Запустить все сохранённые поиски</translation>
    </message>
    <message>
        <source>CarScout</source>
        <translation>CarScout</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Имя сохранённого поиска:</translation>
    </message>
    <message numerus="yes">
        <source>CarScout: %n new listing(s)</source>
        <translation>
            <numerusform>CarScout: %n новое объявление</numerusform>
            <numerusform>CarScout: %n новых объявления</numerusform>
            <numerusform>CarScout: %n новых объявлений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarScout::Ui::WatchlistPane</name>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Сохранённый поиск</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Последний запуск</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Изменения цены</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Снятые</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Days on market</source>
        <translation>Дней на рынке</translation>
    </message>
    <message>
        <source>Market position</source>
        <translation>Положение на рынке</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Запустить все</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Выполняется «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>%n new listing(s) in %1</source>
        <translation>
            <numerusform>%n новое объявление в %1</numerusform>
            <numerusform>%n новых объявления в %1</numerusform>
            <numerusform>%n новых объявлений в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>цена изменилась</translation>
    </message>
    <message>
        <source>price cut −%1 %</source>
        <translation>цена снижена: −%1 %</translation>
    </message>
    <message>
        <source>price raised +%1 %</source>
        <translation>цена повышена: +%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be run: %2</source>
        <translation>Не удалось запустить «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 new, %3 price changes, %4 gone</source>
        <translation>«%1»: новых — %2, изменений цены — %3, снятых — %4</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>снято</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV output is not open for writing</source>
        <translation>Файл CSV не открыт для записи</translation>
    </message>
    <message>
        <source>Could not write CSV row %1: %2</source>
        <translation>Не удалось записать строку CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>Customs</name>
    <message>
        <source>no cached CBR rates for %1 and no network client</source>
        <translation>нет сохранённых курсов ЦБ на %1 и нет сетевого клиента</translation>
    </message>
    <message>
        <source>CBR rates: %1: %2</source>
        <translation>курсы ЦБ: %1: %2</translation>
    </message>
    <message>
        <source>offline: the latest cached CBR rates (of %1) are used instead of those of %2 (%3)</source>
        <translation>офлайн: используются последние сохранённые курсы ЦБ (на %1) вместо курсов на %2 (%3)</translation>
    </message>
    <message>
        <source>%1; no cached rates to fall back on</source>
        <translation>%1; сохранённых курсов для замены нет</translation>
    </message>
    <message>
        <source>the tks.ru cross-check is off (no CAPTCHA token source enabled)</source>
        <translation>сверка с tks.ru выключена (не включён источник токенов CAPTCHA)</translation>
    </message>
    <message>
        <source>no CAPTCHA token arrived in time for the tks.ru cross-check</source>
        <translation>токен CAPTCHA для сверки с tks.ru не пришёл вовремя</translation>
    </message>
    <message>
        <source>&gt; %1 cm³</source>
        <translation>&gt; %1 см³</translation>
    </message>
    <message>
        <source>≤ %1 cm³</source>
        <translation>≤ %1 см³</translation>
    </message>
    <message>
        <source>%1–%2 cm³</source>
        <translation>%1–%2 см³</translation>
    </message>
    <message>
        <source>&gt; %1 hp</source>
        <translation>&gt; %1 л.с.</translation>
    </message>
    <message>
        <source>any power</source>
        <translation>любая мощность</translation>
    </message>
    <message>
        <source>≤ %1 hp</source>
        <translation>≤ %1 л.с.</translation>
    </message>
    <message>
        <source>the declaration date is missing or invalid</source>
        <translation>дата декларирования не указана или неверна</translation>
    </message>
    <message>
        <source>the production date is missing or invalid</source>
        <translation>дата выпуска не указана или неверна</translation>
    </message>
    <message>
        <source>the price must be greater than zero</source>
        <translation>цена должна быть больше нуля</translation>
    </message>
    <message>
        <source>the price is implausibly large</source>
        <translation>цена неправдоподобно велика</translation>
    </message>
    <message>
        <source>the costs to the border cannot be negative</source>
        <translation>расходы до границы не могут быть отрицательными</translation>
    </message>
    <message>
        <source>the displacement must be between 0 and 100 000 cm³</source>
        <translation>объём двигателя должен быть от 0 до 100 000 см³</translation>
    </message>
    <message>
        <source>the power must be between 0 and 10 000</source>
        <translation>мощность должна быть от 0 до 10 000</translation>
    </message>
    <message>
        <source>the e-motor power must be between 0 and 10 000</source>
        <translation>мощность электродвигателя должна быть от 0 до 10 000</translation>
    </message>
    <message>
        <source>hybrid motorcycles are not supported by the rule tables</source>
        <translation>гибридные мотоциклы не предусмотрены таблицами ставок</translation>
    </message>
    <message>
        <source>the production date %1 is after the declaration date %2</source>
        <translation>дата выпуска %1 позже даты декларирования %2</translation>
    </message>
    <message>
        <source>no exchange rate for %1 (missing, or not a rate between 0 and 10^9 RUB with at most 12 decimals; give one with --rate %2=RUB_PER_UNIT)</source>
        <translation>нет курса для %1 (курс отсутствует или не является числом от 0 до 10^9 руб. с не более чем 12 знаками после запятой; задайте его через --rate %2=RUB_PER_UNIT)</translation>
    </message>
    <message>
        <source>an empty currency</source>
        <translation>пустой валюты</translation>
    </message>
    <message>
        <source>no exchange rate for the costs&apos; currency %1</source>
        <translation>нет курса валюты расходов %1</translation>
    </message>
    <message>
        <source>no exchange rate for EUR (needed for the €-denominated rates)</source>
        <translation>нет курса EUR (он нужен для ставок в евро)</translation>
    </message>
    <message>
        <source>the engine displacement is unknown</source>
        <translation>объём двигателя неизвестен</translation>
    </message>
    <message>
        <source>included in the ЕТС</source>
        <translation>входит в ЕТС</translation>
    </message>
    <message>
        <source>%1 %, min %2 €/cm³ (the minimum applies)</source>
        <translation>%1 %, но не менее %2 €/см³ (применяется минимум)</translation>
    </message>
    <message>
        <source>%1 %, min %2 €/cm³</source>
        <translation>%1 %, но не менее %2 €/см³</translation>
    </message>
    <message>
        <source>%1 €/cm³</source>
        <translation>%1 €/см³</translation>
    </message>
    <message>
        <source>%1 % (new off-road vehicle)</source>
        <translation>%1 % (новый автомобиль повышенной проходимости)</translation>
    </message>
    <message>
        <source>no EUR rate</source>
        <translation>нет курса EUR</translation>
    </message>
    <message>
        <source>%1 (the minimum applies)</source>
        <translation>%1 (применяется минимум)</translation>
    </message>
    <message>
        <source>the power is unknown (excise is charged per hp of the 30-minute power)</source>
        <translation>мощность неизвестна (акциз начисляется за л.с. 30-минутной мощности)</translation>
    </message>
    <message>
        <source>the power is unknown (excise is charged per hp)</source>
        <translation>мощность неизвестна (акциз начисляется за л.с.)</translation>
    </message>
    <message>
        <source>%1 RUB/hp × %2 hp</source>
        <translation>%1 руб./л.с. × %2 л.с.</translation>
    </message>
    <message>
        <source>none (≤ %1 hp)</source>
        <translation>нет (≤ %1 л.с.)</translation>
    </message>
    <message>
        <source>the VAT base needs the duty and the excise</source>
        <translation>для базы НДС нужны пошлина и акциз</translation>
    </message>
    <message>
        <source>motorcycles (8711) are not in the ПП 1291 list</source>
        <translation>мотоциклов (8711) нет в перечне ПП 1291</translation>
    </message>
    <message>
        <source>the power is unknown (the preferential rate needs ≤ %1 hp of 30-minute power)</source>
        <translation>мощность неизвестна (для льготной ставки нужно ≤ %1 л.с. 30-минутной мощности)</translation>
    </message>
    <message>
        <source>the power is unknown (the preferential rate needs ≤ %1 hp)</source>
        <translation>мощность неизвестна (для льготной ставки нужно ≤ %1 л.с.)</translation>
    </message>
    <message>
        <source>preferential rate for personal use (&gt; 3 y)</source>
        <translation>льготная ставка для личного пользования (&gt; 3 лет)</translation>
    </message>
    <message>
        <source>preferential rate for personal use (≤ 3 y)</source>
        <translation>льготная ставка для личного пользования (≤ 3 лет)</translation>
    </message>
    <message>
        <source>the power is unknown (the utilization grid is by power)</source>
        <translation>мощность неизвестна (сетка утилизационного сбора зависит от мощности)</translation>
    </message>
    <message>
        <source>%1, %2, &gt; 3 y (%3)</source>
        <translation>%1, %2, &gt; 3 лет (%3)</translation>
    </message>
    <message>
        <source>%1, %2, ≤ 3 y (%3)</source>
        <translation>%1, %2, ≤ 3 лет (%3)</translation>
    </message>
    <message>
        <source>The car reaches %1 years on %2, within 2 months of the declaration date %3: the payments change on that day.</source>
        <translation>Автомобиль достигнет %1-летнего возраста %2 — в пределах 2 месяцев от даты декларирования %3: в этот день платежи изменятся.</translation>
    </message>
    <message>
        <source>Only the production year is known (%1): the age is counted from 1 July. It may change once the exact date is known.</source>
        <translation>Известен только год выпуска (%1): возраст считается от 1 июля. Он может измениться, когда станет известна точная дата.</translation>
    </message>
    <message>
        <source>The production day is unknown (%1): the age is counted from the 15th.</source>
        <translation>День выпуска неизвестен (%1): возраст считается от 15-го числа.</translation>
    </message>
    <message>
        <source>The production date is taken from the first registration, which comes after manufacture: the car may be older than shown. Check it near 5 years.</source>
        <translation>Дата выпуска взята из даты первой регистрации, которая наступает после производства: автомобиль может быть старше, чем показано. Проверьте это, если ему около 5 лет.</translation>
    </message>
    <message>
        <source>Hybrid: the excise counts the engine&apos;s power alone; how the tax law counts a hybrid&apos;s power is not settled.</source>
        <translation>Гибрид: акциз считается только по мощности ДВС; как налоговый закон считает мощность гибрида, пока не определено.</translation>
    </message>
    <message>
        <source>Includes the excise, whose rate is not confirmed.</source>
        <translation>Включает акциз, ставка которого не подтверждена.</translation>
    </message>
    <message>
        <source>Hybrid: the electric motor&apos;s power is unknown, so the utilization fee counts the engine alone and may be too low.</source>
        <translation>Гибрид: мощность электромотора неизвестна, поэтому утильсбор считается только по ДВС и может оказаться занижен.</translation>
    </message>
    <message>
        <source>the utilization rate for %1 is not known</source>
        <translation>ставка утильсбора для %1 неизвестна</translation>
    </message>
    <message>
        <source>The reduced utilization fee is for one car per person per year, not sold within 12 months.</source>
        <translation>Льготный утильсбор — для одного автомобиля на человека в год, который не продаётся в течение 12 месяцев.</translation>
    </message>
    <message>
        <source>The car is over the limits of the reduced utilization fee: the full fee applies.</source>
        <translation>Автомобиль превышает пределы льготного утильсбора: применяется полный сбор.</translation>
    </message>
    <message>
        <source>Includes rates that are not confirmed (marked lines).</source>
        <translation>Включает неподтверждённые ставки (отмеченные строки).</translation>
    </message>
    <message>
        <source>This rate comes from a single reading of the decree and is not yet confirmed.</source>
        <translation>Эта ставка взята из одного прочтения постановления и пока не подтверждена.</translation>
    </message>
    <message>
        <source>Published sources disagree on this rate; the more likely one is used.</source>
        <translation>Опубликованные источники расходятся в этой ставке; используется более вероятная.</translation>
    </message>
    <message>
        <source>This rate is worked out from the law&apos;s pattern, not read from its text.</source>
        <translation>Эта ставка выведена из закономерности закона, а не прочитана в его тексте.</translation>
    </message>
    <message>
        <source>This rate is from a draft schedule and may change.</source>
        <translation>Эта ставка взята из проекта сетки и может измениться.</translation>
    </message>
    <message>
        <source>No rates are published for this date yet; the last known ones are used.</source>
        <translation>На эту дату ставки ещё не опубликованы; используются последние известные.</translation>
    </message>
    <message>
        <source>This rate is not confirmed.</source>
        <translation>Эта ставка не подтверждена.</translation>
    </message>
    <message>
        <source>The power is unknown: enter it in hp or kW to compute the lines that depend on it.</source>
        <translation>Мощность неизвестна: введите её в л.с. или кВт, чтобы рассчитать зависящие от неё строки.</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Корея</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>%1 does not export cars worth more than %2 %3 to Russia (since %4); without a %3 rate this price could not be checked.</source>
        <translation>%1 не экспортирует в Россию автомобили дороже %2 %3 (с %4); без курса %3 эту цену проверить не удалось.</translation>
    </message>
    <message>
        <source>%1 does not export cars worth more than %2 %3 to Russia (since %4); this one is about %5 %3.</source>
        <translation>%1 не экспортирует в Россию автомобили дороже %2 %3 (с %4); этот стоит около %5 %3.</translation>
    </message>
    <message>
        <source>%1 does not export cars with engines of %2 cm³ or more to Russia (since %3); this one has %4 cm³.</source>
        <translation>%1 не экспортирует в Россию автомобили с двигателем от %2 см³ (с %3); у этого — %4 см³.</translation>
    </message>
    <message>
        <source>%1 does not export cars registered less than %2 days earlier (since %3): this one can leave from %4.</source>
        <translation>%1 не экспортирует автомобили, зарегистрированные менее %2 дней назад (с %3): этот можно вывезти с %4.</translation>
    </message>
    <message>
        <source>Only the production year is known: counted from 1 July, so the date may fall between %1 and %2.</source>
        <translation>Известен только год выпуска: отсчёт от 1 июля, поэтому дата может быть между %1 и %2.</translation>
    </message>
    <message>
        <source>The production day is unknown: counted from the 15th, so the date may fall between %1 and %2.</source>
        <translation>День выпуска неизвестен: отсчёт от 15-го числа, поэтому дата может быть между %1 и %2.</translation>
    </message>
</context>
<context>
    <name>CustomsBreakdown</name>
    <message>
        <source>not computable: %1</source>
        <translation>не рассчитывается: %1</translation>
    </message>
    <message>
        <source>single rate (ETS), personal use</source>
        <translation>единая ставка (ЕТС), для личного пользования</translation>
    </message>
    <message>
        <source>duty + excise + VAT (company or non-personal)</source>
        <translation>пошлина + акциз + НДС (юрлицо или не для личного пользования)</translation>
    </message>
    <message>
        <source>under 3 years</source>
        <translation>до 3 лет</translation>
    </message>
    <message>
        <source>3 to 5 years</source>
        <translation>от 3 до 5 лет</translation>
    </message>
    <message>
        <source>over 5 years</source>
        <translation>старше 5 лет</translation>
    </message>
    <message>
        <source>5 to 7 years</source>
        <translation>от 5 до 7 лет</translation>
    </message>
    <message>
        <source>over 7 years</source>
        <translation>старше 7 лет</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>Таможенная стоимость</translation>
    </message>
    <message>
        <source>%1 EUR</source>
        <translation>%1 евро</translation>
    </message>
    <message>
        <source>Single rate (ETS)</source>
        <translation>Единая ставка (ЕТС)</translation>
    </message>
    <message>
        <source>Import duty</source>
        <translation>Ввозная пошлина</translation>
    </message>
    <message>
        <source>Excise</source>
        <translation>Акциз</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Clearance fee</source>
        <translation>Таможенный сбор</translation>
    </message>
    <message>
        <source>Utilization fee</source>
        <translation>Утилизационный сбор</translation>
    </message>
    <message>
        <source>preferential</source>
        <translation>льготный</translation>
    </message>
    <message>
        <source>Total without utilization fee</source>
        <translation>Итого без утильсбора</translation>
    </message>
    <message>
        <source>Total payments</source>
        <translation>Всего платежей</translation>
    </message>
    <message>
        <source>%1 = %2 RUB%3</source>
        <translation>%1 = %2 руб.%3</translation>
    </message>
    <message>
        <source> (manual)</source>
        <translation> (вручную)</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>counted from %1</source>
        <translation>считается от %1</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Набор правил</translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation>Расчёт невозможен: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Источник: %2</translation>
    </message>
    <message>
        <source>total then %1</source>
        <translation>тогда итого %1</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>С %1 (%2)</translation>
    </message>
    <message>
        <source>saves %1</source>
        <translation>экономия %1</translation>
    </message>
    <message>
        <source>From %1 (new rules)</source>
        <translation>С %1 (новые правила)</translation>
    </message>
    <message>
        <source>The rule tables change on %1: the same car declared that day.</source>
        <translation>Таблицы правил меняются %1: тот же автомобиль, задекларированный в этот день.</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Экспорт: %1</translation>
    </message>
</context>
<context>
    <name>DetailFields</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>call for price</source>
        <translation>цена по запросу</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>First registration</source>
        <translation>Первая регистрация</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Модельный год</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Объём двигателя</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Коробка передач</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Кузов</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Engine power</source>
        <translation>Мощность двигателя</translation>
    </message>
    <message>
        <source>not given by Encar: enter it for customs</source>
        <translation>Encar её не указывает: введите её для расчёта таможенных платежей</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>New-car price</source>
        <translation>Цена нового автомобиля</translation>
    </message>
    <message>
        <source>Maker warranty (body)</source>
        <translation>Гарантия производителя (кузов)</translation>
    </message>
    <message>
        <source>Maker warranty (powertrain)</source>
        <translation>Гарантия производителя (силовой агрегат)</translation>
    </message>
    <message>
        <source>Ad status</source>
        <translation>Статус объявления</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Accident record</source>
        <translation>История ДТП</translation>
    </message>
    <message>
        <source>available</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Протокол осмотра</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Аресты</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Залоги</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Dealer firm</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Seller type</source>
        <translation>Тип продавца</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Размещено</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Mileage at inspection</source>
        <translation>Пробег при осмотре</translation>
    </message>
    <message>
        <source>Accident history</source>
        <translation>ДТП в истории</translation>
    </message>
    <message>
        <source>Simple repair</source>
        <translation>Простой ремонт</translation>
    </message>
    <message>
        <source>Replaced panels</source>
        <translation>Заменённые детали кузова</translation>
    </message>
    <message>
        <source>Welded panels</source>
        <translation>Сваренные детали кузова</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Accident and insurance record</source>
        <translation>История ДТП и страховых случаев</translation>
    </message>
    <message>
        <source>Insurance accidents</source>
        <translation>Страховые случаи</translation>
    </message>
    <message>
        <source>Own damage</source>
        <translation>Ущерб своему автомобилю</translation>
    </message>
    <message>
        <source>Damage to others</source>
        <translation>Ущерб другим</translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation>Смены владельца</translation>
    </message>
    <message>
        <source>Plate changes</source>
        <translation>Смены госномера</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>Полная гибель</translation>
    </message>
    <message>
        <source>Flood damage</source>
        <translation>Затопление</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Угон</translation>
    </message>
    <message>
        <source>Rental or business use</source>
        <translation>Аренда или коммерческое использование</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>차량정보</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <source>연식</source>
        <translation>Год выпуска</translation>
    </message>
    <message>
        <source>주행거리</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <source>연료</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>변속기</source>
        <translation>Коробка передач</translation>
    </message>
    <message>
        <source>차종</source>
        <translation>Тип кузова</translation>
    </message>
    <message>
        <source>배기량</source>
        <translation>Объём двигателя</translation>
    </message>
    <message>
        <source>색상</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>판매가격</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>이전가격</source>
        <translation>Прежняя цена</translation>
    </message>
    <message>
        <source>시세안전구간</source>
        <translation>Рыночный диапазон цены</translation>
    </message>
    <message>
        <source>보험사고정보</source>
        <translation>Страховые случаи</translation>
    </message>
    <message>
        <source>전손이력</source>
        <translation>Полная гибель</translation>
    </message>
    <message>
        <source>침수이력</source>
        <translation>Затопление</translation>
    </message>
    <message>
        <source>용도이력</source>
        <translation>История использования</translation>
    </message>
    <message>
        <source>도난이력</source>
        <translation>Угон</translation>
    </message>
    <message>
        <source>소유자변경</source>
        <translation>Смены владельца</translation>
    </message>
    <message>
        <source>성능점검기록부</source>
        <translation>Протокол проверки технического состояния</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>JSON-LD offers.price (KRW)</source>
        <translation>Цена из JSON-LD offers.price (KRW)</translation>
    </message>
    <message>
        <source>Insurance and ownership history</source>
        <translation>История страхования и владения</translation>
    </message>
    <message>
        <source>Performance check</source>
        <translation>Проверка технического состояния</translation>
    </message>
    <message>
        <source>모델명</source>
        <translation>Название модели</translation>
    </message>
    <message>
        <source>유형</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>차량번호</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <source>사고유무</source>
        <translation>Наличие ДТП</translation>
    </message>
    <message>
        <source>튜닝여부</source>
        <translation>Тюнинг</translation>
    </message>
    <message>
        <source>구입경로</source>
        <translation>Способ приобретения</translation>
    </message>
    <message>
        <source>A/S보증여부</source>
        <translation>Гарантийное обслуживание</translation>
    </message>
    <message>
        <source>이름</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>연락처</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>지역</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>이메일</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>업체명</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>네비주소</source>
        <translation>Адрес для навигатора</translation>
    </message>
    <message>
        <source>구비서류</source>
        <translation>Имеющиеся документы</translation>
    </message>
    <message>
        <source>판매방법</source>
        <translation>Способ продажи</translation>
    </message>
    <message>
        <source>최초등록일</source>
        <translation>Дата первой регистрации</translation>
    </message>
    <message>
        <source>조회수</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>찜한회원</source>
        <translation>В избранном у пользователей</translation>
    </message>
    <message>
        <source>Documents and sale</source>
        <translation>Документы и продажа</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>최고출력</source>
        <translation>Максимальная мощность</translation>
    </message>
    <message>
        <source>차대번호</source>
        <translation>VIN (номер кузова)</translation>
    </message>
    <message>
        <source>복합연비</source>
        <translation>Расход топлива (смешанный цикл)</translation>
    </message>
    <message>
        <source>승차정원</source>
        <translation>Число мест</translation>
    </message>
    <message>
        <source>제작일</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>제작국</source>
        <translation>Страна производства</translation>
    </message>
    <message>
        <source>구동방식</source>
        <translation>Привод</translation>
    </message>
    <message>
        <source>보증기간</source>
        <translation>Гарантийный срок</translation>
    </message>
    <message>
        <source>신차가격</source>
        <translation>Цена нового автомобиля</translation>
    </message>
    <message>
        <source>보험이력</source>
        <translation>Страховая история</translation>
    </message>
    <message>
        <source>수리이력</source>
        <translation>История ремонтов</translation>
    </message>
    <message>
        <source>미공개</source>
        <translation>Не раскрывается</translation>
    </message>
    <message>
        <source>엔진형식</source>
        <translation>Модель двигателя</translation>
    </message>
    <message>
        <source>수입구분</source>
        <translation>Тип импорта</translation>
    </message>
    <message>
        <source>Insurance and repair history</source>
        <translation>Страховая история и ремонты</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>ещё не зарегистрирован</translation>
    </message>
    <message>
        <source>not given: enter it for customs</source>
        <translation>не указано: введите для расчёта таможни</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Батарея</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Привод</translation>
    </message>
    <message>
        <source>Emission standard</source>
        <translation>Экологический класс</translation>
    </message>
    <message>
        <source>masked by the marketplace</source>
        <translation>скрыто площадкой</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Характер использования</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>С момента регистрации</translation>
    </message>
    <message>
        <source>Annual inspection until</source>
        <translation>Техосмотр до</translation>
    </message>
    <message>
        <source>Insurance until</source>
        <translation>Страховка до</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <source>Specification sheet</source>
        <translation>Спецификация</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>не удалось записать снимок экрана в %1</translation>
    </message>
</context>
<context>
    <name>ListingColumns</name>
    <message>
        <source>Source</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Комплектация</translation>
    </message>
    <message>
        <source>Make (English)</source>
        <translation>Марка (англ.)</translation>
    </message>
    <message>
        <source>Model (English)</source>
        <translation>Модель (англ.)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Mileage, km</source>
        <translation>Пробег, км</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Engine, cc</source>
        <translation>Объём, см³</translation>
    </message>
    <message>
        <source>Power, hp</source>
        <translation>Мощность, л. с.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Кузов</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Price, RUB</source>
        <translation>Цена, руб.</translation>
    </message>
    <message>
        <source>Customs (est.), RUB</source>
        <translation>Таможня (оценка), руб.</translation>
    </message>
    <message>
        <source>Landed cost, RUB</source>
        <translation>Под ключ, руб.</translation>
    </message>
    <message>
        <source>Previous price</source>
        <translation>Прежняя цена</translation>
    </message>
    <message>
        <source>Passable</source>
        <translation>Проходной</translation>
    </message>
    <message>
        <source>Landed when passable, RUB</source>
        <translation>Под ключ, когда проходной, ₽</translation>
    </message>
    <message>
        <source>Preferential util. fee</source>
        <translation>Льготный утильсбор</translation>
    </message>
    <message>
        <source>Export warning</source>
        <translation>Ограничения вывоза</translation>
    </message>
    <message>
        <source>vs market</source>
        <translation>К рынку</translation>
    </message>
    <message>
        <source>New / price cut</source>
        <translation>Новое / снижение цены</translation>
    </message>
    <message>
        <source>Days on market</source>
        <translation>Дней в продаже</translation>
    </message>
</context>
<context>
    <name>ListingCsvExporter</name>
    <message>
        <source>The export has already been started</source>
        <translation>Экспорт уже запущен</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The CSV output is not open for writing</source>
        <translation>Файл CSV не открыт для записи</translation>
    </message>
    <message>
        <source>Nothing to export: there is no table</source>
        <translation>Экспортировать нечего: таблицы нет</translation>
    </message>
    <message>
        <source>No columns chosen for the export</source>
        <translation>Для экспорта не выбрано ни одного столбца</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;</source>
        <translation>Неизвестный столбец «%1»</translation>
    </message>
    <message>
        <source>Row %1 is not in the table (it has %2 rows)</source>
        <translation>Строки %1 нет в таблице (в ней %2 строк)</translation>
    </message>
    <message>
        <source>Row %1 could not be mapped to the listings</source>
        <translation>Строку %1 не удалось сопоставить с объявлениями</translation>
    </message>
    <message>
        <source>The export has not been started</source>
        <translation>Экспорт не запущен</translation>
    </message>
    <message>
        <source>The listings were cleared or reordered during the export; nothing was saved</source>
        <translation>Во время экспорта объявления были очищены или переупорядочены; ничего не сохранено</translation>
    </message>
    <message>
        <source>The export stopped after %1 of %2 rows</source>
        <translation>Экспорт остановлен после %1 из %2 строк</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>The export was canceled</source>
        <translation>Экспорт отменён</translation>
    </message>
</context>
<context>
    <name>ListingValues</name>
    <message>
        <source>Petrol</source>
        <translation>Бензин</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Дизель</translation>
    </message>
    <message>
        <source>LPG</source>
        <translation>Газ (LPG)</translation>
    </message>
    <message>
        <source>Hybrid (petrol)</source>
        <translation>Гибрид (бензин)</translation>
    </message>
    <message>
        <source>Hybrid (diesel)</source>
        <translation>Гибрид (дизель)</translation>
    </message>
    <message>
        <source>Hybrid (LPG)</source>
        <translation>Гибрид (газ)</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Электро</translation>
    </message>
    <message>
        <source>Hydrogen</source>
        <translation>Водород</translation>
    </message>
    <message>
        <source>CNG</source>
        <translation>Метан (CNG)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автомат</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Механика</translation>
    </message>
    <message>
        <source>CVT</source>
        <translation>Вариатор</translation>
    </message>
    <message>
        <source>Semi-automatic</source>
        <translation>Робот</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>Цена по запросу</translation>
    </message>
    <message>
        <source>No cost estimate available</source>
        <translation>Оценка стоимости недоступна</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>через %n месяц</numerusform>
            <numerusform>через %n месяца</numerusform>
            <numerusform>через %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>over 5 years</source>
        <translation>старше 5 лет</translation>
    </message>
    <message>
        <source>Passable now: on the declaration date the car is in the 3–5 year band, which pays the rate per cm³.</source>
        <translation>Проходной сейчас: на дату декларирования автомобилю 3–5 лет, платится ставка за см³.</translation>
    </message>
    <message>
        <source>Passable from %1: from that day the car is in the 3–5 year band, which pays the rate per cm³.</source>
        <translation>Проходной с %1: с этого дня автомобилю 3–5 лет, платится ставка за см³.</translation>
    </message>
    <message>
        <source>Over 5 years old on the declaration date: no cheaper age band lies ahead.</source>
        <translation>Старше 5 лет на дату декларирования: более дешёвой возрастной категории впереди нет.</translation>
    </message>
    <message>
        <source>No amount: the cost on that date could not be computed.</source>
        <translation>Нет суммы: стоимость на эту дату рассчитать не удалось.</translation>
    </message>
    <message>
        <source>Passable now: the same as the landed cost.</source>
        <translation>Проходной уже сейчас: столько же, сколько «под ключ».</translation>
    </message>
    <message>
        <source>Landed cost if declared on %1, under the rules of that date, at the same exchange rates.</source>
        <translation>Стоимость «под ключ» при декларировании %1, по правилам этой даты и по тем же курсам.</translation>
    </message>
    <message>
        <source>* Rests on a rule that is projected or not yet confirmed.</source>
        <translation>* Основано на прогнозном или ещё не подтверждённом правиле.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>near the limit</source>
        <translation>у границы</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Margin to the %1 hp limit: %2 hp</source>
        <translation>Запас до границы %1 л.с.: %2 л.с.</translation>
    </message>
    <message numerus="yes">
        <source>%n restriction(s)</source>
        <translation>
            <numerusform>%n ограничение</numerusform>
            <numerusform>%n ограничения</numerusform>
            <numerusform>%n ограничений</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by one source only: check before buying.</source>
        <translation>Сообщает только один источник: проверьте перед покупкой.</translation>
    </message>
    <message>
        <source>Informational: the listing is not hidden.</source>
        <translation>Для сведения: объявление не скрыто.</translation>
    </message>
    <message>
        <source>at median (n = %1)</source>
        <translation>по медиане (n = %1)</translation>
    </message>
    <message>
        <source>−%1 % below median (n = %2)</source>
        <translation>−%1 % к медиане (n = %2)</translation>
    </message>
    <message>
        <source>+%1 % above median (n = %2)</source>
        <translation>+%1 % к медиане (n = %2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>price cut −%1 %</source>
        <translation>снижение цены −%1 %</translation>
    </message>
    <message>
        <source>Fewer than %1 comparable listings in your workspace: no market position yet.</source>
        <translation>В вашей базе меньше %1 сопоставимых объявлений: положения к рынку пока нет.</translation>
    </message>
    <message>
        <source>Median price %1 %2, this listing&apos;s percentile %3, %4 comparable listings.
%5</source>
        <translation>Медианная цена %1 %2, перцентиль этого объявления %3, сопоставимых объявлений: %4.
%5</translation>
    </message>
    <message>
        <source>First seen by CarScout on %1.</source>
        <translation>CarScout впервые увидел объявление %1.</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>default from the settings</source>
        <translation>по умолчанию из настроек</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation>не удалось создать PDF %1</translation>
    </message>
    <message>
        <source>%1 hp / %2 kW</source>
        <translation>%1 л.с. / %2 кВт</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>фиксированный</translation>
    </message>
    <message>
        <source>CBR %1</source>
        <translation>ЦБ %1</translation>
    </message>
    <message>
        <source>%1 %2 RUB (%3)</source>
        <translation>%1 %2 ₽ (%3)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Год: %1</translation>
    </message>
    <message>
        <source>Mileage: %1 km</source>
        <translation>Пробег: %1 км</translation>
    </message>
    <message>
        <source>Engine: %1 cm³</source>
        <translation>Двигатель: %1 см³</translation>
    </message>
    <message>
        <source>Power: %1</source>
        <translation>Мощность: %1</translation>
    </message>
    <message>
        <source>Age for customs: %1</source>
        <translation>Возраст для таможни: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>Preferential utilization fee: %1</source>
        <translation>Льготный утильсбор: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Total in Russia: %1</source>
        <translation>Итого в России: %1</translation>
    </message>
    <message>
        <source>CBR rates of %1</source>
        <translation>Курсы ЦБ на %1</translation>
    </message>
    <message>
        <source>payment rate: %1</source>
        <translation>курс оплаты: %1</translation>
    </message>
    <message>
        <source>An estimate, not an offer: exchange rates and fees change daily.</source>
        <translation>Это оценка, а не оферта: курсы валют и сборы меняются каждый день.</translation>
    </message>
    <message>
        <source>under 3 years</source>
        <translation>до 3 лет</translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation>3–5 лет</translation>
    </message>
    <message>
        <source>over 5 years</source>
        <translation>старше 5 лет</translation>
    </message>
    <message>
        <source>5–7 years</source>
        <translation>5–7 лет</translation>
    </message>
    <message>
        <source>over 7 years</source>
        <translation>старше 7 лет</translation>
    </message>
    <message>
        <source>Car price</source>
        <translation>Цена автомобиля</translation>
    </message>
    <message>
        <source>Customs payments</source>
        <translation>Таможенные платежи</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <source>No quote: the exchange rates are not loaded yet</source>
        <translation>Предложения нет: курсы валют ещё не загружены</translation>
    </message>
    <message>
        <source>No quote: %1</source>
        <translation>Предложения нет: %1</translation>
    </message>
    <message>
        <source>Quote saved to %1</source>
        <translation>Предложение сохранено в %1</translation>
    </message>
    <message>
        <source>Quote copied (profile &quot;%1&quot;)</source>
        <translation>Предложение скопировано (профиль «%1»)</translation>
    </message>
    <message>
        <source>Copy &amp;quote</source>
        <translation>Копировать &amp;предложение</translation>
    </message>
    <message>
        <source>Copy the client quote of this car (active cost profile) as text</source>
        <translation>Скопировать текстом предложение клиенту по этому автомобилю (активный профиль расходов)</translation>
    </message>
    <message>
        <source>Save quote as &amp;PDF…</source>
        <translation>Сохранить предложение в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Сохранение предложения</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>no CBR exchange rates: %1</source>
        <translation>нет курсов ЦБ РФ: %1</translation>
    </message>
    <message>
        <source>not reported by calcus.ru</source>
        <translation>calcus.ru не сообщает</translation>
    </message>
    <message>
        <source>calcus.ru does not document what its total sums</source>
        <translation>calcus.ru не поясняет, что входит в его итог</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>объявление</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>нет валюты</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>год неизвестен</translation>
    </message>
    <message>
        <source>fuel unknown</source>
        <translation>топливо неизвестно</translation>
    </message>
    <message>
        <source>registered after the declaration date</source>
        <translation>зарегистрирован после даты декларирования</translation>
    </message>
    <message>
        <source>no exchange rates</source>
        <translation>нет курсов валют</translation>
    </message>
    <message>
        <source>no CBR rate for %1</source>
        <translation>нет курса ЦБ РФ для %1</translation>
    </message>
    <message>
        <source>power unknown</source>
        <translation>мощность неизвестна</translation>
    </message>
    <message>
        <source>engine size unknown</source>
        <translation>объём двигателя неизвестен</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>не изображение</translation>
    </message>
    <message>
        <source>from the listing</source>
        <translation>из объявления</translation>
    </message>
    <message>
        <source>The registration day is not known: counted from the last day it can be.</source>
        <translation>День регистрации неизвестен: отсчитано от последнего возможного дня.</translation>
    </message>
    <message>
        <source>If it has the larger engine: %1</source>
        <translation>Если двигатель больший: %1</translation>
    </message>
</context>
<context>
    <name>SourceLevels</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Модификация</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Модельный год</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Комплектация</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Легковой автомобиль</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <source>Signing salt</source>
        <translation>Соль подписи</translation>
    </message>
    <message>
        <source>The secret the Che168 app signs its requests with. Change it only when Che168 answers &quot;signature rejected&quot; after an app update; blank = the proven default.</source>
        <translation>Секрет, которым приложение Che168 подписывает запросы. Меняйте его, только если после обновления приложения Che168 отвечает «подпись отклонена»; пусто = проверенное значение по умолчанию.</translation>
    </message>
    <message>
        <source>Client version</source>
        <translation>Версия клиента</translation>
    </message>
    <message>
        <source>The app version sent with every request; blank = the proven default.</source>
        <translation>Версия приложения, отправляемая с каждым запросом; пусто = проверенное значение по умолчанию.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Encar list page at offset %1</source>
        <translation>Encar: страница списка со смещением %1</translation>
    </message>
    <message>
        <source>Encar filter tree</source>
        <translation>Encar: дерево фильтров</translation>
    </message>
    <message>
        <source>Encar vehicle %1</source>
        <translation>Encar: автомобиль %1</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>KB ChaChaCha %1 list</source>
        <translation>KB ChaChaCha: список (%1)</translation>
    </message>
    <message>
        <source>KB ChaChaCha list page %1</source>
        <translation>KB ChaChaCha: страница списка %1</translation>
    </message>
    <message>
        <source>KB ChaChaCha listing %1</source>
        <translation>KB ChaChaCha: объявление %1</translation>
    </message>
    <message>
        <source>Bobaedream motorcycle list page %1</source>
        <translation>Bobaedream: страница %1 списка мотоциклов</translation>
    </message>
    <message>
        <source>Bobaedream car list page %1</source>
        <translation>Bobaedream: страница %1 списка автомобилей</translation>
    </message>
    <message>
        <source>Bobaedream motorcycle list</source>
        <translation>Bobaedream: список мотоциклов</translation>
    </message>
    <message>
        <source>Bobaedream motorcycle filter levels</source>
        <translation>Bobaedream: уровни фильтра мотоциклов</translation>
    </message>
    <message>
        <source>Bobaedream motorcycle %1</source>
        <translation>Bobaedream: мотоцикл %1</translation>
    </message>
    <message>
        <source>Bobaedream car list</source>
        <translation>Bobaedream: список автомобилей</translation>
    </message>
    <message>
        <source>Bobaedream car makers and models</source>
        <translation>Bobaedream: марки и модели автомобилей</translation>
    </message>
    <message>
        <source>Bobaedream car %1</source>
        <translation>Bobaedream: автомобиль %1</translation>
    </message>
    <message>
        <source>Che168 %1 list</source>
        <translation>Che168: список %1</translation>
    </message>
    <message>
        <source>Che168 has no %1 &quot;%2&quot; (known: %3%4)</source>
        <translation>На Che168 нет %1 «%2» (известны: %3%4)</translation>
    </message>
    <message>
        <source>Che168: &quot;%1&quot; is not a page to go on from</source>
        <translation>Che168: «%1» — не страница, с которой можно продолжить</translation>
    </message>
    <message>
        <source>Che168 search page %1</source>
        <translation>Che168: страница поиска %1</translation>
    </message>
    <message>
        <source>Che168 listing id &quot;%1&quot; is not an infoid (digits)</source>
        <translation>Идентификатор объявления Che168 «%1» не является infoid (цифры)</translation>
    </message>
    <message>
        <source>Che168 car %1: detail requests are paused for %2 s more because Che168 limited the request rate (HTTP 514/403); then one request tests whether it is lifted</source>
        <translation>Che168, автомобиль %1: запросы подробностей приостановлены ещё на %2 с, потому что Che168 ограничил частоту запросов (HTTP 514/403); затем один запрос проверит, снято ли ограничение</translation>
    </message>
    <message>
        <source>Che168 car %1: detail requests are paused while one request tests whether Che168 lifted its rate limit</source>
        <translation>Che168, автомобиль %1: запросы подробностей приостановлены, пока один запрос проверяет, снял ли Che168 ограничение частоты</translation>
    </message>
    <message>
        <source> — Che168 limited the request rate: detail requests pause for %1 s, then one request tests whether it is lifted</source>
        <translation> — Che168 ограничил частоту запросов: запросы подробностей приостановлены на %1 с, затем один запрос проверит, снято ли ограничение</translation>
    </message>
    <message>
        <source>Che168 car %1</source>
        <translation>Che168: автомобиль %1</translation>
    </message>
    <message>
        <source>Che168 spec sheet of car %1</source>
        <translation>Che168: спецификация автомобиля %1</translation>
    </message>
    <message>
        <source>%1: Che168 rejected the request signature (code %2: %3). Che168 may have changed its signing key: check the Che168 signing salt and client version in Settings.</source>
        <translation>%1: Che168 отклонил подпись запроса (код %2: %3). Возможно, Che168 сменил ключ подписи: проверьте соль подписи Che168 и версию клиента в настройках.</translation>
    </message>
    <message>
        <source>%1: the car is sold or no longer listed (%2)</source>
        <translation>%1: автомобиль продан или снят с продажи (%2)</translation>
    </message>
    <message>
        <source>%1: Che168 answered with error code %2: %3</source>
        <translation>%1: Che168 ответил кодом ошибки %2: %3</translation>
    </message>
    <message>
        <source>Che168 filter tree: a spec (%1) has no further level</source>
        <translation>Дерево фильтров Che168: у модификации (%1) нет следующего уровня</translation>
    </message>
    <message>
        <source>Che168 filter tree: empty key in the path</source>
        <translation>Дерево фильтров Che168: пустой ключ в пути</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The %1 database driver is not installed (Debian package %2).</source>
        <translation>Драйвер базы данных %1 не установлен (пакет Debian %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Не удалось создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Не удалось настроить базу данных %1: %2</translation>
    </message>
    <message>
        <source>Compared with listings of the same marketplace seen in the last %1 days: same make and model (the model name carries the generation), first registration within ±%2 year, mileage in the same band (under 30 000 km, 30 000–60 000, 60 000–100 000, 100 000–150 000, 150 000 km and more). Shown from %3 comparables on.</source>
        <translation>Сравнение с объявлениями той же площадки за последние %1 дн.: та же марка и модель (в названии модели указано поколение), первая регистрация в пределах ±%2 г., пробег в том же диапазоне (до 30 000 км, 30 000–60 000, 60 000–100 000, 100 000–150 000, 150 000 км и более). Показывается, если есть не менее %3 сопоставимых.</translation>
    </message>
    <message>
        <source>at the median</source>
        <translation>на уровне медианы</translation>
    </message>
    <message>
        <source>%1 % below the median</source>
        <translation>на %1 % ниже медианы</translation>
    </message>
    <message>
        <source>%1 % above the median</source>
        <translation>на %1 % выше медианы</translation>
    </message>
    <message>
        <source>%1 (median %2 of %3 comparables, percentile %4)</source>
        <translation>%1 (медиана %2 по %3 сопоставимым, процентиль %4)</translation>
    </message>
    <message>
        <source>upgrade to version %1: %2</source>
        <translation>обновление до версии %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CarScout (database version %2; this CarScout knows up to version %3). Update CarScout, or choose another database.</source>
        <translation>База данных %1 записана более новой версией CarScout (версия базы %2; эта версия CarScout знает версии до %3). Обновите CarScout или выберите другую базу данных.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Не удалось подготовить базу данных %1: %2</translation>
    </message>
    <message>
        <source>The marketplace of &quot;%1&quot; is not available.</source>
        <translation>Площадка сохранённого поиска «%1» недоступна.</translation>
    </message>
    <message>
        <source>saved search &quot;%1&quot;: its options are not a JSON object (%2)</source>
        <translation>сохранённый поиск «%1»: его параметры не являются объектом JSON (%2)</translation>
    </message>
    <message>
        <source>saved search &quot;%1&quot;: %2</source>
        <translation>сохранённый поиск «%1»: %2</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Для сохранённого поиска нужно имя.</translation>
    </message>
    <message>
        <source>There is already a saved search named &quot;%1&quot;.</source>
        <translation>Сохранённый поиск с именем «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Сохранённого поиска с именем «%1» нет.</translation>
    </message>
    <message>
        <source>the saved search &quot;%1&quot; was removed meanwhile</source>
        <translation>сохранённый поиск «%1» тем временем был удалён</translation>
    </message>
    <message>
        <source>Storing the run of &quot;%1&quot; failed, nothing was changed: %2</source>
        <translation>Не удалось сохранить результаты запуска «%1», ничего не изменено: %2</translation>
    </message>
    <message>
        <source>The remembered specs in %1 are not open.</source>
        <translation>Запомненные характеристики в %1 не открыты.</translation>
    </message>
    <message>
        <source>A remembered spec needs a make, a model and a power or an engine size.</source>
        <translation>Для запомненной характеристики нужны марка, модель и мощность или объём двигателя.</translation>
    </message>
    <message>
        <source>The workspace request failed.</source>
        <translation>Запрос к рабочей базе не выполнен.</translation>
    </message>
    <message>
        <source>New: first seen by CarScout in the last %1 hours, of a make and model you were already watching.</source>
        <translation>Новое: CarScout впервые увидел его за последние %1 ч, а марку и модель вы уже отслеживали.</translation>
    </message>
</context>
</TS>
