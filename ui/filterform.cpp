#include "ui/filterform.h"

#include "core/model/listingformat.h"
#include "ui/termnames.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace CarScout::Ui {

namespace {
constexpr int KeyRole = Qt::UserRole;
constexpr int CountRole = Qt::UserRole + 1;
constexpr int MaxLevels = 5;
constexpr int LevelsPerRow = 3;
constexpr int YearMin = 1980;
} // namespace

FilterForm::FilterForm(Sources::Source *source, const Sources::TermDictionary *terms, QWidget *parent)
    : QWidget(parent), m_source(source), m_terms(terms)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    // Catalog levels, side by side, at most LevelsPerRow a row (so the form fits a 1280-px window beside the
    // detail panel, also with the longer Russian titles).
    m_levelNames = source->catalogLevels().mid(0, MaxLevels);
    for (int i = 0; i < m_levelNames.size(); ++i) {
        Level level;
        level.label = new QLabel(Sources::levelTitle(source->info(), m_levelNames.at(i)), this);
        level.combo = new QComboBox(this);
        level.combo->setObjectName(u"level_" + m_levelNames.at(i));
        level.combo->setMinimumContentsLength(12);
        level.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        level.combo->setEnabled(false);
        level.label->setBuddy(level.combo);
        grid->addWidget(level.label, i / LevelsPerRow, 2 * (i % LevelsPerRow));
        grid->addWidget(level.combo, i / LevelsPerRow, 2 * (i % LevelsPerRow) + 1);
        connect(level.combo, &QComboBox::activated, this, [this, i] { onLevelActivated(i); });
        m_levels.append(level);
    }

    // Ranges and sets on the second row.
    auto *row = new QHBoxLayout;
    const int thisYear = QDate::currentDate().year();
    auto makeYear = [this, thisYear](const QString &name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(YearMin - 1, thisYear + 1);
        box->setSpecialValueText(tr("any"));
        box->setValue(YearMin - 1);
        connect(box, &QSpinBox::valueChanged, this, &FilterForm::localFilterChanged);
        return box;
    };
    m_yearFrom = makeYear(QStringLiteral("yearFrom"));
    m_yearTo = makeYear(QStringLiteral("yearTo"));
    row->addWidget(new QLabel(tr("Year"), this));
    row->addWidget(m_yearFrom);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_yearTo);

    auto makePrice = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,15}")), edit));
        edit->setMaximumWidth(130);
        connect(edit, &QLineEdit::textChanged, this, &FilterForm::localFilterChanged);
        connect(edit, &QLineEdit::returnPressed, this, &FilterForm::searchRequested);
        return edit;
    };
    m_priceMin = makePrice(QStringLiteral("priceMin"), tr("from"));
    m_priceMax = makePrice(QStringLiteral("priceMax"), tr("to"));
    m_priceUnit = new QComboBox(this);
    m_priceUnit->setObjectName(QStringLiteral("priceUnit"));
    m_priceUnit->addItem(source->currency(), int(PriceUnit::Native));
    m_priceUnit->addItem(tr("RUB"), int(PriceUnit::Roubles));
    m_priceUnit->setToolTip(tr("Filter on the marketplace price or on the price in roubles at the CBR rate "
                               "(roubles filter the results shown; the marketplace is searched without a price)"));
    connect(m_priceUnit, &QComboBox::currentIndexChanged, this, &FilterForm::localFilterChanged);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Price"), this));
    row->addWidget(m_priceMin);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_priceMax);
    row->addWidget(m_priceUnit);

    m_mileageMax = new QSpinBox(this);
    m_mileageMax->setObjectName(QStringLiteral("mileageMax"));
    m_mileageMax->setRange(0, 1000000);
    m_mileageMax->setSingleStep(10000);
    m_mileageMax->setSpecialValueText(tr("any"));
    m_mileageMax->setSuffix(tr(" km"));
    m_mileageMax->setGroupSeparatorShown(true);
    connect(m_mileageMax, &QSpinBox::valueChanged, this, &FilterForm::localFilterChanged);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Mileage up to"), this));
    row->addWidget(m_mileageMax);

    m_fuel = new QComboBox(this);
    m_fuel->setObjectName(QStringLiteral("fuel"));
    m_fuel->addItem(tr("Any fuel"), int(Fuel::Unknown));
    for (Fuel f : {Fuel::Petrol, Fuel::Diesel, Fuel::Lpg, Fuel::HybridPetrol, Fuel::HybridDiesel, Fuel::HybridLpg,
                   Fuel::Electric, Fuel::Hydrogen, Fuel::Cng, Fuel::Other})
        m_fuel->addItem(Model::fuelLabel(f), int(f));
    connect(m_fuel, &QComboBox::currentIndexChanged, this, &FilterForm::localFilterChanged);

    m_transmission = new QComboBox(this);
    m_transmission->setObjectName(QStringLiteral("transmission"));
    m_transmission->addItem(tr("Any transmission"), int(Transmission::Unknown));
    for (Transmission t : {Transmission::Automatic, Transmission::Manual, Transmission::Cvt,
                           Transmission::SemiAutomatic, Transmission::Other})
        m_transmission->addItem(Model::transmissionLabel(t), int(t));
    connect(m_transmission, &QComboBox::currentIndexChanged, this, &FilterForm::localFilterChanged);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->addItem(tr("Newest first"), int(Sources::SortOrder::Newest));
    m_sort->addItem(tr("Cheapest first"), int(Sources::SortOrder::PriceAsc));
    m_sort->addItem(tr("Most expensive first"), int(Sources::SortOrder::PriceDesc));
    m_sort->addItem(tr("Lowest mileage first"), int(Sources::SortOrder::MileageAsc));
    m_sort->addItem(tr("Highest mileage first"), int(Sources::SortOrder::MileageDesc));
    m_sort->addItem(tr("Newest year first"), int(Sources::SortOrder::YearDesc));
    m_sort->setToolTip(tr("The order in which the marketplace returns listings; click a column header to "
                          "sort the results shown"));

    // Sets and the order on a third row: one row of everything did not leave a 1280-px window room for the
    // detail panel.
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_fuel);
    choices->addWidget(m_transmission);
    choices->addSpacing(12);
    choices->addWidget(new QLabel(tr("Order"), this));
    choices->addWidget(m_sort);
    choices->addStretch(1);
    row->addStretch(1);
    const int levelRows = (int(m_levels.size()) + LevelsPerRow - 1) / LevelsPerRow;
    const int columns = qMax(1, 2 * qMin(int(m_levels.size()), LevelsPerRow));
    grid->addLayout(row, levelRows, 0, 1, columns);
    grid->addLayout(choices, levelRows + 1, 0, 1, columns);
    grid->addLayout(makeRowFactsRow(), levelRows + 2, 0, 1, columns);
    for (int c = 0; c < columns; c += 2)
        grid->setColumnStretch(c + 1, 1);
}

// The filters on what the estimate says of each row: the passable date and the preferential utilization fee.
QHBoxLayout *FilterForm::makeRowFactsRow()
{
    auto *row = new QHBoxLayout;
    m_passableWithin = new QSpinBox(this);
    m_passableWithin->setObjectName(QStringLiteral("passableWithin"));
    m_passableWithin->setRange(-1, 60);
    m_passableWithin->setSpecialValueText(tr("any"));
    m_passableWithin->setValue(-1);
    m_passableWithin->setSuffix(tr(" months"));
    m_passableWithin->setToolTip(tr("Only cars that are passable now (3–5 years old on the declaration date) or "
                                    "become passable within this many months"));
    connect(m_passableWithin, &QSpinBox::valueChanged, this, &FilterForm::localFilterChanged);
    row->addWidget(new QLabel(tr("Passable within"), this));
    row->addWidget(m_passableWithin);

    m_preferential = new QComboBox(this);
    m_preferential->setObjectName(QStringLiteral("preferentialUtil"));
    using Fee = Model::PreferentialFee;
    const QList<std::pair<QString, QList<Fee>>> choices{
        {tr("Any utilization fee"), {}},
        {tr("Preferential fee: yes"), {Fee::Yes}},
        {tr("Preferential fee: yes or near the limit"), {Fee::Yes, Fee::NearLimit}},
        {tr("Preferential fee: near the limit"), {Fee::NearLimit}},
        {tr("Preferential fee: no"), {Fee::No}},
        {tr("Preferential fee: unknown"), {Fee::Unknown}},
    };
    for (const auto &[label, fees] : choices) {
        QVariantList data;
        for (Fee fee : fees)
            data << int(fee);
        m_preferential->addItem(label, data);
    }
    m_preferential->setToolTip(tr("The small utilization fee of an individual's car: up to 160 hp and 3,000 cm³ "
                                  "(electric: 80 hp); 155–165 hp is near the limit, where a measurement decides"));
    connect(m_preferential, &QComboBox::currentIndexChanged, this, &FilterForm::localFilterChanged);
    row->addSpacing(12);
    row->addWidget(m_preferential);
    row->addStretch(1);
    return row;
}

FilterForm::~FilterForm()
{
    for (const Level &level : std::as_const(m_levels)) {
        if (level.job)
            level.job->cancel();
    }
}

QComboBox *FilterForm::levelCombo(int level) const
{
    return (level >= 0 && level < m_levels.size()) ? m_levels.at(level).combo : nullptr;
}

bool FilterForm::isLoading() const
{
    for (const Level &level : m_levels) {
        if (level.job)
            return true;
    }
    return false;
}

void FilterForm::loadTopLevel()
{
    if (!m_levels.isEmpty() && m_levels.first().combo->count() == 0 && !m_levels.first().job)
        loadLevel(0);
}

QStringList FilterForm::selectedPath() const
{
    QStringList path;
    for (const Level &level : m_levels) {
        const QString key = level.combo->currentData(KeyRole).toString();
        if (key.isEmpty())
            break;
        path.append(key);
    }
    return path;
}

bool FilterForm::selectKey(int level, const QString &key)
{
    QComboBox *combo = levelCombo(level);
    if (!combo)
        return false;
    const int index = combo->findData(key, KeyRole);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    onLevelActivated(level);
    return true;
}

void FilterForm::clearLevelsFrom(int from)
{
    for (int i = from; i < m_levels.size(); ++i) {
        Level &level = m_levels[i];
        if (level.job) {
            level.job->disconnect(this);
            level.job->cancel();
            level.job = nullptr;
        }
        level.combo->clear();
        level.combo->setEnabled(false);
    }
}

void FilterForm::onLevelActivated(int level)
{
    clearLevelsFrom(level + 1);
    const QString key = m_levels.at(level).combo->currentData(KeyRole).toString();
    const bool hasChildren = m_levels.at(level).combo->currentData(CountRole + 1).toBool();
    if (!key.isEmpty() && hasChildren && level + 1 < m_levels.size())
        loadLevel(level + 1);
    emit localFilterChanged();
}

void FilterForm::loadLevel(int index)
{
    Level &level = m_levels[index];
    const QStringList path = selectedPath().mid(0, index);
    level.combo->clear();
    level.combo->addItem(tr("Loading…"));
    level.combo->setEnabled(false);

    Sources::CatalogJob *job = m_source->catalog(path);
    level.job = job;
    const quint64 generation = ++m_generation;
    connect(job, &Sources::CatalogJob::finished, this,
            [this, index, generation, job](const QList<Sources::FilterNode> &children, const Sources::JobError &error) {
                Level &level = m_levels[index];
                if (level.job != job)
                    return;   // superseded by a newer selection
                level.job = nullptr;
                Q_UNUSED(generation);
                level.combo->clear();
                if (error.isError()) {
                    if (error.kind == Sources::JobError::Kind::Canceled)
                        return;
                    level.combo->addItem(tr("(failed to load)"));
                    level.combo->setToolTip(error.message);
                    emit catalogFailed(index, error.message);
                    return;
                }
                const QString lang = dictionaryLanguage();
                const QLocale locale;
                level.combo->addItem(tr("Any"), QString());
                QList<Sources::FilterNode> sorted = children;
                std::stable_sort(sorted.begin(), sorted.end(),
                                 [](const auto &a, const auto &b) { return a.count > b.count; });
                for (const Sources::FilterNode &node : std::as_const(sorted)) {
                    QString text = nodeLabel(node, m_terms, lang);
                    if (node.count >= 0)
                        text += u" — " + locale.toString(node.count);
                    level.combo->addItem(text, node.key);
                    const int i = level.combo->count() - 1;
                    level.combo->setItemData(i, node.count, CountRole);
                    level.combo->setItemData(i, node.hasChildren, CountRole + 1);
                    level.combo->setItemData(i, node.name, Qt::ToolTipRole);
                }
                level.combo->setToolTip(QString());
                level.combo->setEnabled(true);
                emit catalogLoaded(index);
            });
}

std::optional<qint64> FilterForm::priceValue(const QLineEdit *edit) const
{
    QString text = edit->text();
    text.remove(u' ');
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

Sources::SearchQuery FilterForm::query() const
{
    Sources::SearchQuery q;
    q.path = selectedPath();
    if (m_yearFrom->value() >= YearMin)
        q.yearFrom = m_yearFrom->value();
    if (m_yearTo->value() >= YearMin)
        q.yearTo = m_yearTo->value();
    if (PriceUnit(m_priceUnit->currentData().toInt()) == PriceUnit::Native) {
        q.priceMin = priceValue(m_priceMin);
        q.priceMax = priceValue(m_priceMax);
    }
    if (m_mileageMax->value() > 0)
        q.mileageMaxKm = m_mileageMax->value();
    if (const auto fuel = Fuel(m_fuel->currentData().toInt()); fuel != Fuel::Unknown)
        q.fuels = {fuel};
    if (const auto t = Transmission(m_transmission->currentData().toInt()); t != Transmission::Unknown)
        q.transmissions = {t};
    q.sort = Sources::SortOrder(m_sort->currentData().toInt());
    return q;
}

Model::ListingFilter FilterForm::localFilter() const
{
    Model::ListingFilter f;
    if (m_yearFrom->value() >= YearMin)
        f.yearFrom = m_yearFrom->value();
    if (m_yearTo->value() >= YearMin)
        f.yearTo = m_yearTo->value();
    if (PriceUnit(m_priceUnit->currentData().toInt()) == PriceUnit::Native) {
        f.priceMin = priceValue(m_priceMin);
        f.priceMax = priceValue(m_priceMax);
    } else {
        f.priceRubMin = priceValue(m_priceMin);
        f.priceRubMax = priceValue(m_priceMax);
    }
    if (m_mileageMax->value() > 0)
        f.mileageMax = m_mileageMax->value();
    if (const auto fuel = Fuel(m_fuel->currentData().toInt()); fuel != Fuel::Unknown)
        f.fuels = {fuel};
    if (const auto t = Transmission(m_transmission->currentData().toInt()); t != Transmission::Unknown)
        f.transmissions = {t};
    if (m_passableWithin->value() >= 0)
        f.passableWithinMonths = m_passableWithin->value();
    for (const QVariant &fee : m_preferential->currentData().toList())
        f.preferential.insert(Model::PreferentialFee(fee.toInt()));
    return f;
}

} // namespace CarScout::Ui
