#include "ui/detailpanel.h"

#include "core/customs/exportrules.h"
#include "core/customs/resultformat.h"
#include "core/customs/timing.h"
#include "core/model/listingcolumns.h"
#include "core/model/listingformat.h"
#include "core/model/listingroles.h"
#include "core/model/listingtablemodel.h"
#include "core/net/httpclient.h"
#include "core/services/photoservice.h"
#include "core/sources/terms.h"
#include "core/specs/powerverdict.h"
#include "core/specs/readabletitle.h"
#include "core/specs/specsresolver.h"
#include "core/specs/specstext.h"
#include "ui/costservice.h"
#include "ui/customsbreakdown.h"
#include "ui/detailtexts.h"
#include "ui/termnames.h"
#include "ui/quoteactions.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace CarScout::Ui {

namespace {
std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return opener;
}

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);   // remote text is never interpreted as rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTreeWidget *makeTree(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setWordWrap(false);
    tree->header()->setStretchLastSection(true);
    tree->setMinimumHeight(120);
    return tree;
}

// Section titles, labels and fixed values the sources mark in the "DetailFields" context (core/sources/*);
// text taken from a page has no entry and is shown as it is.
QString detailText(const QString &text)
{
    return QCoreApplication::translate("DetailFields", text.toUtf8().constData());
}

// The marketplaces title their sections themselves (translatable, "DetailFields" context).
QString sectionTitle(const Sources::DetailSection &section)
{
    return section.title.isEmpty() ? section.id : detailText(section.title);
}

// The listing table behind a chain of proxies (the pane's view model), or null.
Model::ListingTableModel *listingTableBehind(const QAbstractItemModel *model)
{
    while (model) {
        if (auto *table = qobject_cast<const Model::ListingTableModel *>(model))
            return const_cast<Model::ListingTableModel *>(table);
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

Listing listingOf(const QModelIndex &row)
{
    const QVariant v = row.isValid() ? row.siblingAtColumn(0).data(Model::ListingRole) : QVariant();
    return v.canConvert<Listing>() ? v.value<Listing>() : Listing();
}

// What the export rules look at, from a listing and the planned declaration date.
Customs::ExportFacts exportFactsFor(const Listing &listing, const QDate &declarationDate)
{
    Customs::ExportFacts facts;
    facts.currency = listing.currency;
    if (listing.price)
        facts.price = Customs::Rational(*listing.price);
    facts.engineCc = listing.engineCc;
    if (listing.year > 0)
        facts.firstRegistration = QDate(listing.year, listing.month > 0 ? listing.month : 1, 1);
    facts.declarationDate = declarationDate;
    return facts;
}

// A value the listing carries because its detail page said so (the panel merged it): the detail's provenance.
void creditDetail(Specs::ValueRange &value, int detailValue)
{
    if (value.source == Specs::Provenance::Listing && detailValue > 0 && value.min == detailValue && value.max == detailValue)
        value.source = Specs::Provenance::Detail;
}
} // namespace

bool isSafeWebUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

void DetailPanel::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener() = std::move(opener);
}

DetailPanel::DetailPanel(Services::PhotoService *photos, CostService *costs, const Sources::TermDictionary *terms,
                         QWidget *parent)
    : QWidget(parent),
      m_photos(photos),
      m_costs(costs),
      m_terms(terms),
      m_resolver(std::make_shared<Specs::SpecsResolver>()),
      m_photoGroup(Net::HttpClient::newGroupId()),
      m_title(plainLabel(this, QStringLiteral("detailTitle"))),
      m_original(plainLabel(this, QStringLiteral("detailOriginalTitle"))),
      m_subtitle(plainLabel(this, QStringLiteral("detailSubtitle"))),
      m_photo(new QLabel(this)),
      m_photoCounter(plainLabel(this, QStringLiteral("photoCounter"))),
      m_prev(new QPushButton(QStringLiteral("‹"), this)),
      m_next(new QPushButton(QStringLiteral("›"), this)),
      m_specs(makeTree(this, QStringLiteral("specsTree"), {tr("Field"), tr("Value")})),
      m_inspection(plainLabel(this, QStringLiteral("inspectionSummary"))),
      m_accidents(plainLabel(this, QStringLiteral("accidentSummary"))),
      m_verdict(plainLabel(this, QStringLiteral("utilVerdict"))),
      m_provenance(plainLabel(this, QStringLiteral("specsProvenance"))),
      m_customs(makeTree(this, QStringLiteral("customsTree"), {tr("Payment"), tr("Amount"), tr("Rate / basis")})),
      m_customsNote(plainLabel(this, QStringLiteral("customsNote"))),
      m_passable(plainLabel(this, QStringLiteral("passableNote"))),
      m_description(new QPlainTextEdit(this)),
      m_power(new QSpinBox(this)),
      m_applyPower(new QPushButton(tr("Apply"), this)),
      m_open(new QPushButton(tr("Open in &browser"), this)),
      m_copy(new QPushButton(tr("Copy &link"), this)),
      m_copyQuote(new QPushButton(tr("Copy &quote"), this)),
      m_calculator(new QPushButton(tr("Customs &calculator…"), this)),
      m_status(plainLabel(this, QStringLiteral("detailStatus")))
{
    setObjectName(QStringLiteral("detailPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_photo->setObjectName(QStringLiteral("photo"));
    m_photo->setTextFormat(Qt::PlainText);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setWordWrap(true);   // the placeholder sentences must fit a narrow panel (and longer languages)
    m_photo->setMinimumSize(240, 200);
    m_photo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_photo->setStyleSheet(QStringLiteral("QLabel#photo { background: #20242a; color: #c8ccd2; }"));
    m_prev->setObjectName(QStringLiteral("previousPhoto"));
    m_next->setObjectName(QStringLiteral("nextPhoto"));
    m_prev->setToolTip(tr("Previous photo"));
    m_next->setToolTip(tr("Next photo"));
    for (QPushButton *arrow : {m_prev, m_next}) {   // a narrow arrow button, not the style's 80 px default
        arrow->setMinimumWidth(32);
        arrow->setMaximumWidth(40);
    }

    m_description->setObjectName(QStringLiteral("description"));
    m_description->setReadOnly(true);
    m_description->setMaximumHeight(110);
    m_description->setPlaceholderText(tr("No description"));

    m_power->setObjectName(QStringLiteral("powerHp"));
    m_power->setRange(0, 3000);
    m_power->setSpecialValueText(tr("unknown"));
    m_power->setSuffix(tr(" hp"));
    m_power->setToolTip(tr("Engine power for the customs estimate; marketplaces such as Encar do not list it"));
    m_applyPower->setObjectName(QStringLiteral("applyPower"));
    m_open->setObjectName(QStringLiteral("openInBrowser"));
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_copyQuote->setObjectName(QStringLiteral("copyQuote"));
    m_calculator->setObjectName(QStringLiteral("openCalculator"));

    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_prev);
    photoRow->addWidget(m_photoCounter, 1, Qt::AlignCenter);
    photoRow->addWidget(m_next);

    auto *powerRow = new QHBoxLayout;
    powerRow->addWidget(new QLabel(tr("Power:"), this));
    powerRow->addWidget(m_power);
    powerRow->addWidget(m_applyPower);
    powerRow->addStretch(1);

    // Two rows so that the panel stays narrow in longer languages.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_copy, 0, 1);
    buttons->addWidget(m_calculator, 1, 0);
    buttons->addWidget(m_copyQuote, 1, 1);
    buttons->setColumnStretch(2, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_original);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_photo);
    layout->addLayout(photoRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    auto *customsTitle = new QLabel(tr("Customs estimate"), content);
    QFont sectionFont = customsTitle->font();
    sectionFont.setBold(true);
    customsTitle->setFont(sectionFont);
    layout->addWidget(customsTitle);
    layout->addLayout(powerRow);
    layout->addWidget(m_provenance);
    layout->addWidget(m_verdict);
    layout->addWidget(m_customs);
    layout->addWidget(m_customsNote);
    layout->addWidget(m_passable);
    auto *historyTitle = new QLabel(tr("Inspection and accidents"), content);
    historyTitle->setFont(sectionFont);
    layout->addWidget(historyTitle);
    layout->addWidget(m_inspection);
    layout->addWidget(m_accidents);
    layout->addWidget(m_specs, 1);
    layout->addWidget(m_description);

    m_original->setForegroundRole(QPalette::PlaceholderText);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // the content wraps to the panel's width
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_prev, &QPushButton::clicked, this, &DetailPanel::previousPhoto);
    connect(m_next, &QPushButton::clicked, this, &DetailPanel::nextPhoto);
    connect(m_open, &QPushButton::clicked, this, &DetailPanel::openInBrowser);
    connect(m_copy, &QPushButton::clicked, this, &DetailPanel::copyLink);
    connect(m_copyQuote, &QPushButton::clicked, this, &DetailPanel::copyQuote);
    connect(m_applyPower, &QPushButton::clicked, this, &DetailPanel::applyPower);
    connect(m_power, &QSpinBox::editingFinished, this, &DetailPanel::applyPower);
    connect(m_calculator, &QPushButton::clicked, this, [this] { emit calculatorRequested(m_listing); });
    if (m_costs)
        connect(m_costs, &CostService::estimatorChanged, this, &DetailPanel::refreshCustoms);
    clear();
}

DetailPanel::~DetailPanel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_photos && m_photos->http())
        m_photos->http()->cancelGroup(m_photoGroup);
}

void DetailPanel::clear()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    if (m_model)
        m_model->disconnect(this);
    m_model = nullptr;
    m_row = QPersistentModelIndex();
    m_listing = {};
    m_detail.reset();
    m_photoIndex = -1;
    m_shownPhoto = QUrl();
    m_title->setText(tr("No listing selected"));
    m_original->clear();
    m_original->setVisible(false);
    m_subtitle->clear();
    m_verdict->clear();
    m_provenance->clear();
    m_passable->clear();
    m_passable->setVisible(false);
    m_photo->setPixmap({});
    m_photo->setText(tr("Select a listing to see its photos and details"));
    m_photoCounter->clear();
    m_specs->clear();
    m_customs->clear();
    m_customsNote->clear();
    m_inspection->clear();
    m_accidents->clear();
    m_description->clear();
    m_status->clear();
    m_power->setValue(0);
    for (QWidget *w : {static_cast<QWidget *>(m_open), static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_copyQuote),
                       static_cast<QWidget *>(m_calculator), static_cast<QWidget *>(m_prev),
                       static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_power),
                       static_cast<QWidget *>(m_applyPower)})
        w->setEnabled(false);
}

void DetailPanel::setSpecsResolver(std::shared_ptr<const Specs::SpecsResolver> resolver)
{
    if (!resolver)
        return;
    m_resolver = std::move(resolver);
    if (hasListing())
        showListing();
}

void DetailPanel::showRow(const QModelIndex &row, Sources::Source *source)
{
    const Listing listing = listingOf(row);
    if (listing.id.isEmpty()) {
        clear();
        return;
    }
    const bool same = listing.source == m_listing.source && listing.id == m_listing.id && row.model() == m_model;
    if (!same) {
        clear();
        if (m_photos && m_photos->http())
            m_photos->http()->cancelGroup(m_photoGroup);
        followModel(row.model());
    }
    m_row = row.siblingAtColumn(0);
    m_listing = listing;
    showListing();

    if (!same && source) {
        m_status->setText(tr("Loading details…"));
        Sources::DetailJob *job = source->detail(listing.id);
        m_job = job;
        connect(job, &Sources::DetailJob::finished, this, &DetailPanel::onDetail);
    }
}

void DetailPanel::followModel(const QAbstractItemModel *model)
{
    m_model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::dataChanged, this, &DetailPanel::onRowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DetailPanel::onRowsGone);
    connect(model, &QAbstractItemModel::modelReset, this, &DetailPanel::onRowsGone);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DetailPanel::onRowsGone);   // a sort moves m_row along
    connect(model, &QObject::destroyed, this, [this] {
        m_model = nullptr;
        clear();
    });
}

void DetailPanel::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_row.isValid() || topLeft.parent() != m_row.parent() || m_row.row() < topLeft.row()
        || m_row.row() > bottomRight.row())
        return;
    const Listing now = listingOf(m_row);
    if (now.id.isEmpty() || now == m_listing)
        return;   // e.g. only the cost columns were recomputed
    m_listing = now;
    showListing();
}

void DetailPanel::onRowsGone()
{
    if (!m_row.isValid())
        clear();   // the row was removed, filtered out or the model reset: nothing left to show
    else
        onRowsChanged(m_row, m_row);
}

void DetailPanel::showListing()
{
    const Listing &listing = m_listing;
    const QString lang = dictionaryLanguage();
    const Specs::ResolvedSpecs specs = resolvedSpecs();
    const QString original = listing.title.isEmpty() ? QString(listing.make + u' ' + listing.model).trimmed() : listing.title;
    QString readable = Specs::readableTitle(listing, specs, lang, m_resolver->catalog());
    if (readable.trimmed().isEmpty())
        readable = original;
    m_title->setText(readable);
    m_title->setToolTip(original);
    m_original->setText(tr("Original: %1").arg(original));
    m_original->setVisible(readable != original);
    QStringList subtitle;
    subtitle << Model::sourceDisplayName(listing.source) + u" #" + listing.id;
    const QLocale locale;
    if (listing.price)
        subtitle << locale.toString(*listing.price) + u' ' + listing.currency;
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    const bool safe = isSafeWebUrl(listing.url);
    m_open->setEnabled(safe);
    m_copy->setEnabled(safe);
    m_open->setToolTip(safe ? listing.url.toString() : tr("This listing has no web address that can be opened"));
    m_calculator->setEnabled(true);
    m_copyQuote->setEnabled(true);
    m_power->setEnabled(true);
    m_applyPower->setEnabled(true);
    {
        const QSignalBlocker block(m_power);
        m_power->setValue(listing.powerHp);
    }
    fillSpecs();
    fillEngine();
    if (m_detail)
        fillSummaries();
    refreshCustoms();
    // The same photo stays while the row changes (the detail only added more photos, a power was entered).
    const int photo = m_photoIndex;
    const int keep = listing.photos.isEmpty() ? -1 : qBound(0, photo, int(listing.photos.size()) - 1);
    if (photo >= 0 && keep == photo && m_shownPhoto == listing.photos.value(keep)) {
        m_photoCounter->setText(tr("Photo %1 of %2").arg(keep + 1).arg(listing.photos.size()));
        m_prev->setEnabled(keep > 0);
        m_next->setEnabled(keep + 1 < listing.photos.size());
    } else {
        showPhoto(listing.photos.isEmpty() ? -1 : qMax(0, keep));
    }
}

Specs::ResolvedSpecs DetailPanel::resolvedSpecs() const
{
    Specs::ResolvedSpecs specs = m_resolver->resolve(m_listing);
    if (m_detail) {
        creditDetail(specs.engineCc, m_detail->listing.engineCc);
        creditDetail(specs.powerHp, m_detail->listing.powerHp);
    }
    return specs;
}

void DetailPanel::fillEngine()
{
    const Specs::ResolvedSpecs specs = resolvedSpecs();
    m_provenance->setText(provenanceLine(specs));
    m_provenance->setToolTip(Specs::specsTooltip(specs, true));
    const Specs::UtilVerdict verdict = Specs::preferentialUtil(specs);
    m_verdict->setText(Specs::verdictExplanation(specs, verdict));
    const char *color = verdict.verdict == Specs::PreferentialUtil::Yes        ? "#1b5e20"
                        : verdict.verdict == Specs::PreferentialUtil::No       ? "#8a1c12"
                        : verdict.verdict == Specs::PreferentialUtil::NearLimit ? "#a66a00"
                                                                               : nullptr;
    m_verdict->setStyleSheet(color ? QStringLiteral("QLabel { color: %1; }").arg(QLatin1StringView(color)) : QString());
}

void DetailPanel::writeToModel(const Listing &listing)
{
    if (Model::ListingTableModel *table = listingTableBehind(m_row.model()))
        table->updateListing(listing);   // dataChanged comes back through the proxies and refreshes this panel
}

void DetailPanel::onDetail(const Sources::ListingDetail &detail, const Sources::JobError &error)
{
    if (sender() != m_job)
        return;
    m_job = nullptr;
    if (error.isError()) {
        if (error.kind != Sources::JobError::Kind::Canceled)
            m_status->setText(tr("Details could not be loaded: %1").arg(error.message));
        return;
    }
    m_status->clear();
    m_detail = detail;
    fillSummaries();
    m_description->setPlainText(detail.description);
    // The detail knows more (all photos, engine size, sometimes power): into the row, keeping what the dealer
    // entered. The model's dataChanged then redraws the panel; without a change, redraw here.
    Listing merged = Model::mergeListing(m_listing, detail.listing);
    merged.source = m_listing.source;
    merged.id = m_listing.id;
    if (m_listing.powerHp > 0)
        merged.powerHp = m_listing.powerHp;
    if (merged == m_listing) {
        showListing();   // the detail's sections and summaries
    } else {
        writeToModel(merged);   // the row's dataChanged redraws the panel
        if (!(m_listing == merged)) {
            m_listing = merged;   // a model that takes no edits: show what the detail said all the same
            showListing();
        }
    }
    emit detailLoaded();
}

void DetailPanel::fillSpecs()
{
    m_specs->clear();
    const QLocale locale;
    const QString lang = dictionaryLanguage();
    auto *main = new QTreeWidgetItem(m_specs, {tr("Listing")});
    auto add = [](QTreeWidgetItem *parent, const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            auto *item = new QTreeWidgetItem(parent, {label, value});
            item->setToolTip(1, value);
        }
    };
    auto term = [this, &lang](const char *category, const QString &korean) {
        if (!m_terms || korean.isEmpty())
            return korean;
        const QString t = m_terms->lookup(QString::fromLatin1(category), korean, lang);
        return t.isEmpty() || t == korean ? korean : t + u" (" + korean + u')';
    };
    const Listing &l = m_listing;
    add(main, tr("Make"), term("maker", l.make));
    add(main, tr("Model"), l.model);
    add(main, tr("Trim"), l.trim);
    add(main, tr("First registration"),
        l.year > 0 ? (l.month > 0 ? QStringLiteral("%1-%2").arg(l.year).arg(l.month, 2, 10, QLatin1Char('0'))
                                  : QString::number(l.year))
                   : QString());
    add(main, tr("Mileage"), l.mileageKm > 0 ? locale.toString(l.mileageKm) + tr(" km") : QString());
    add(main, tr("Price"), l.price ? locale.toString(*l.price) + u' ' + l.currency : tr("on request"));
    add(main, tr("Fuel"), Model::fuelLabel(l.fuel));
    add(main, tr("Transmission"), Model::transmissionLabel(l.transmission));
    add(main, tr("Engine"), l.engineCc > 0 ? locale.toString(l.engineCc) + tr(" cm³") : QString());
    add(main, tr("Power"), l.powerHp > 0 ? locale.toString(l.powerHp) + tr(" hp") : tr("unknown"));
    add(main, tr("Body"), term("body", l.body));
    add(main, tr("Colour"), term("color", l.color));
    add(main, tr("Location"), term("region", l.location));
    add(main, tr("Seller"), l.seller);
    add(main, tr("Badges"), l.badges.join(QStringLiteral(", ")));
    add(main, tr("Web page"), l.url.toString());
    main->setExpanded(true);
    if (m_detail) {
        for (const Sources::DetailSection &section : m_detail->sections) {
            auto *item = new QTreeWidgetItem(m_specs, {sectionTitle(section)});
            for (const Sources::DetailField &field : section.fields)
                add(item, detailText(field.label), detailText(field.value));
            item->setExpanded(section.id == u"spec");
        }
        if (!m_detail->options.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_specs, {tr("Options"), QString::number(m_detail->options.size())});
            for (const QString &option : m_detail->options)
                new QTreeWidgetItem(item, {option});
        }
    }
    m_specs->resizeColumnToContents(0);
}

void DetailPanel::fillSummaries()
{
    const QString lang = dictionaryLanguage();
    m_inspection->setText(inspectionText(m_detail ? m_detail->inspection : std::nullopt, m_terms, lang));
    m_accidents->setText(accidentText(m_detail ? m_detail->accidents : std::nullopt));
}

void DetailPanel::refreshCustoms()
{
    if (!m_costs || m_listing.id.isEmpty()) {
        m_customs->clear();
        return;
    }
    const Services::ListingCost cost = m_costs->compute(m_listing);   // once per refresh
    // Through time (issue 10): the next age band, a rule change within 60 days, the export restrictions.
    std::optional<Customs::Timing> timing;
    std::optional<Customs::Passable> passable;
    if (const auto &rates = m_costs->rates(); rates && cost.result.ok) {
        const Customs::Engine &engine = Customs::Engine::builtin();
        timing = Customs::timingFor(engine, cost.input.input, *rates);
        timing->exportWarnings = Customs::ExportRules::builtin().evaluate(
            exportFactsFor(m_listing, cost.input.input.declarationDate), *rates);
        passable = Customs::passable(engine, cost.input.input, *rates);
    }
    fillBreakdown(m_customs, cost.result, QLocale(), timing ? &*timing : nullptr);
    const Model::CostEstimate &estimate = cost.estimate;
    QStringList note;
    if (estimate.priceRubKopecks)
        note << tr("Price %1").arg(formatRoubles(*estimate.priceRubKopecks));
    if (estimate.customsRubKopecks)
        note << tr("customs %1").arg(formatRoubles(*estimate.customsRubKopecks));
    if (estimate.landedRubKopecks)
        note << tr("landed cost %1 (with the costs from the settings)").arg(formatRoubles(*estimate.landedRubKopecks));
    if (!estimate.problem.isEmpty())
        note << estimate.problem;
    m_customsNote->setText(note.join(QStringLiteral(" · ")));
    const std::optional<qint64> now = cost.result.ok && cost.result.total.computable()
        ? std::optional<qint64>(*cost.result.total.kopecks) : std::nullopt;
    m_passable->setText(passableText(passable, now));
    m_passable->setVisible(!m_passable->text().isEmpty());
}

// The power goes to the row (the pane's power column takes edits); the row's dataChanged redraws the panel.
void DetailPanel::applyPower()
{
    if (m_listing.id.isEmpty() || !m_row.isValid() || m_power->value() == m_listing.powerHp)
        return;
    const int value = m_power->value();
    const QModelIndex cell = QModelIndex(m_row).siblingAtColumn(int(Model::Column::PowerHp));
    auto *model = const_cast<QAbstractItemModel *>(m_row.model());
    if (cell.isValid() && (cell.flags() & Qt::ItemIsEditable) && model->setData(cell, value, Qt::EditRole))
        return;
    Listing edited = m_listing;   // a model without an editable power column: the listing table behind it
    edited.powerHp = value;
    writeToModel(edited);
}

void DetailPanel::showPhoto(int index)
{
    const int count = int(m_listing.photos.size());
    if (count == 0 || index < 0) {
        m_photoIndex = -1;
        m_shownPhoto = QUrl();
        m_photo->setPixmap({});
        m_photo->setText(m_listing.id.isEmpty() ? tr("Select a listing to see its photos and details") : tr("No photos"));
        m_photoCounter->clear();
        m_prev->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_photoIndex = qBound(0, index, count - 1);
    m_shownPhoto = m_listing.photos.at(m_photoIndex);
    m_photoCounter->setText(tr("Photo %1 of %2").arg(m_photoIndex + 1).arg(count));
    m_prev->setEnabled(m_photoIndex > 0);
    m_next->setEnabled(m_photoIndex + 1 < count);
    m_photo->setPixmap({});
    m_photo->setText(tr("Loading photo…"));
    if (!m_photos)
        return;
    const quint64 ticket = ++m_photoRequest;
    const int shown = m_photoIndex;
    const QSize target = m_photo->size().expandedTo(QSize(320, 220));
    const bool asked = m_photos->fetch(m_listing.photos.at(m_photoIndex), target, this,
                                       [this, ticket, shown](const Services::PhotoReply &reply) {
        if (ticket != m_photoRequest || reply.canceled)
            return;   // the dealer moved on
        if (!reply.error.isEmpty())
            m_photo->setText(tr("Photo not available: %1").arg(reply.error));
        else
            setPhotoPixmap(shown, reply.image);
    }, m_photoGroup);
    if (!asked)
        m_photo->setText(tr("Photo not available just now; it is tried again shortly"));
}

void DetailPanel::setPhotoPixmap(int index, const QImage &image)
{
    if (image.isNull()) {
        m_photo->setText(tr("Photo could not be decoded"));
        return;
    }
    m_photo->setPixmap(QPixmap::fromImage(image));
    emit photoShown(index);
}

void DetailPanel::nextPhoto()
{
    if (m_photoIndex + 1 < m_listing.photos.size())
        showPhoto(m_photoIndex + 1);
}

void DetailPanel::previousPhoto()
{
    if (m_photoIndex > 0)
        showPhoto(m_photoIndex - 1);
}

void DetailPanel::openInBrowser()
{
    if (!isSafeWebUrl(m_listing.url)) {
        m_status->setText(tr("Refused to open \"%1\": only http and https addresses are opened")
                              .arg(m_listing.url.toString()));
        return;
    }
    if (!urlOpener()(m_listing.url))
        m_status->setText(tr("No web browser could open %1").arg(m_listing.url.toString()));
}

void DetailPanel::copyLink()
{
    if (!isSafeWebUrl(m_listing.url))
        return;
    QApplication::clipboard()->setText(m_listing.url.toString());
    m_status->setText(tr("Link copied"));
}

void DetailPanel::copyQuote()
{
    if (m_costs && !m_listing.id.isEmpty())
        m_status->setText(copyQuoteToClipboard(m_listing, *m_costs));   // the active profile (ui/quoteactions.h)
}

} // namespace CarScout::Ui
