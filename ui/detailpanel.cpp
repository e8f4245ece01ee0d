#include "ui/detailpanel.h"

#include "core/model/listingformat.h"
#include "core/net/httpclient.h"
#include "core/services/photoservice.h"
#include "core/sources/terms.h"
#include "ui/costservice.h"
#include "ui/customsbreakdown.h"
#include "ui/termnames.h"
#include "ui/quoteactions.h"

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

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("DetailPanel", "yes") : QCoreApplication::translate("DetailPanel", "no");
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
      m_photoGroup(Net::HttpClient::newGroupId()),
      m_title(plainLabel(this, QStringLiteral("detailTitle"))),
      m_subtitle(plainLabel(this, QStringLiteral("detailSubtitle"))),
      m_photo(new QLabel(this)),
      m_photoCounter(plainLabel(this, QStringLiteral("photoCounter"))),
      m_prev(new QPushButton(QStringLiteral("‹"), this)),
      m_next(new QPushButton(QStringLiteral("›"), this)),
      m_specs(makeTree(this, QStringLiteral("specsTree"), {tr("Field"), tr("Value")})),
      m_inspection(plainLabel(this, QStringLiteral("inspectionSummary"))),
      m_accidents(plainLabel(this, QStringLiteral("accidentSummary"))),
      m_customs(makeTree(this, QStringLiteral("customsTree"), {tr("Payment"), tr("Amount"), tr("Rate / basis")})),
      m_customsNote(plainLabel(this, QStringLiteral("customsNote"))),
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
    m_photo->setMinimumSize(320, 220);
    m_photo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_photo->setStyleSheet(QStringLiteral("QLabel#photo { background: #20242a; color: #c8ccd2; }"));
    m_prev->setObjectName(QStringLiteral("previousPhoto"));
    m_next->setObjectName(QStringLiteral("nextPhoto"));
    m_prev->setToolTip(tr("Previous photo"));
    m_next->setToolTip(tr("Next photo"));
    m_prev->setMaximumWidth(40);
    m_next->setMaximumWidth(40);

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
    layout->addWidget(m_customs);
    layout->addWidget(m_customsNote);
    auto *historyTitle = new QLabel(tr("Inspection and accidents"), content);
    historyTitle->setFont(sectionFont);
    layout->addWidget(historyTitle);
    layout->addWidget(m_inspection);
    layout->addWidget(m_accidents);
    layout->addWidget(m_specs, 1);
    layout->addWidget(m_description);

    auto *scroll = new QScrollArea(this);
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
    m_listing = {};
    m_detail.reset();
    m_photoIndex = -1;
    m_title->setText(tr("No listing selected"));
    m_subtitle->clear();
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

void DetailPanel::showListing(const Listing &listing, Sources::Source *source)
{
    const bool same = listing.source == m_listing.source && listing.id == m_listing.id;
    if (!same) {
        clear();
        if (m_photos && m_photos->http())
            m_photos->http()->cancelGroup(m_photoGroup);
    }
    m_listing = listing;
    const QString lang = dictionaryLanguage();
    m_title->setText(listing.title.isEmpty() ? listing.make + u' ' + listing.model : listing.title);
    QStringList subtitle;
    subtitle << Model::sourceDisplayName(listing.source) + u" #" + listing.id;
    if (m_terms) {
        const QString make = m_terms->translate(u"maker", listing.make, lang);
        const QString model = m_terms->modelName(listing.model, lang);
        const QString name = QString(make + u' ' + (model.isEmpty() ? listing.model : model)).trimmed();
        if (!name.isEmpty() && name != m_title->text())
            subtitle << name;
    }
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
    refreshCustoms();
    if (!same || m_photoIndex < 0)
        showPhoto(listing.photos.isEmpty() ? -1 : 0);

    if (!same && source) {
        m_status->setText(tr("Loading details…"));
        Sources::DetailJob *job = source->detail(listing.id);
        m_job = job;
        connect(job, &Sources::DetailJob::finished, this, &DetailPanel::onDetail);
    }
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
    // The detail knows more (all photos, engine size, sometimes power): keep what the dealer entered.
    Listing merged = Model::mergeListing(m_listing, detail.listing);
    merged.source = m_listing.source;
    merged.id = m_listing.id;
    if (m_listing.powerHp > 0)
        merged.powerHp = m_listing.powerHp;
    const bool changed = !(merged == m_listing);
    const int photo = m_photoIndex;
    const QUrl shownUrl = photo >= 0 ? m_listing.photos.value(photo) : QUrl();
    m_listing = merged;
    {
        const QSignalBlocker block(m_power);
        m_power->setValue(m_listing.powerHp);
    }
    fillSpecs();
    fillSummaries();
    m_description->setPlainText(detail.description);
    refreshCustoms();
    const int keep = m_listing.photos.isEmpty() ? -1 : qBound(0, photo, int(m_listing.photos.size()) - 1);
    if (keep >= 0 && keep == photo && m_listing.photos.value(keep) == shownUrl) {
        // Same photo as before (the detail only added more): keep the picture, update the counter.
        m_photoCounter->setText(tr("Photo %1 of %2").arg(keep + 1).arg(m_listing.photos.size()));
        m_next->setEnabled(keep + 1 < m_listing.photos.size());
    } else {
        showPhoto(keep);
    }
    if (changed)
        emit listingUpdated(m_listing);
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
    const QLocale locale;
    if (!m_detail || !m_detail->inspection) {
        m_inspection->setText(tr("Inspection report: none"));
    } else {
        const Sources::InspectionSummary &i = *m_detail->inspection;
        QStringList parts;
        parts << tr("Inspection report: accident history %1, simple repair %2").arg(yesNo(i.accident), yesNo(i.simpleRepair));
        if (i.mileageKm > 0)
            parts << tr("mileage at inspection %1 km").arg(locale.toString(i.mileageKm));
        if (!i.replacedPanels.isEmpty())
            parts << tr("replaced: %1").arg(i.replacedPanels.join(QStringLiteral(", ")));
        if (!i.weldedPanels.isEmpty())
            parts << tr("welded/sheet metal: %1").arg(i.weldedPanels.join(QStringLiteral(", ")));
        parts << i.notes;
        m_inspection->setText(parts.join(QStringLiteral("; ")));
    }
    if (!m_detail || !m_detail->accidents) {
        m_accidents->setText(tr("Insurance accident record: none"));
    } else {
        const Sources::AccidentSummary &a = *m_detail->accidents;
        QStringList parts;
        parts << tr("Insurance record: %n accident(s)", nullptr, a.accidentCount);
        if (a.ownDamageKrw > 0 || a.otherDamageKrw > 0)
            parts << tr("own damage %1 KRW, other party %2 KRW")
                         .arg(locale.toString(a.ownDamageKrw), locale.toString(a.otherDamageKrw));
        parts << tr("owner changes %1, plate changes %2").arg(a.ownerChanges).arg(a.plateChanges);
        QStringList flags;
        if (a.totalLoss)
            flags << tr("total loss");
        if (a.flood)
            flags << tr("flood");
        if (a.theft)
            flags << tr("theft");
        if (a.commercialUse)
            flags << tr("rental/commercial use");
        if (!flags.isEmpty())
            parts << tr("flags: %1").arg(flags.join(QStringLiteral(", ")));
        m_accidents->setText(parts.join(QStringLiteral("; ")));
    }
}

void DetailPanel::refreshCustoms()
{
    if (!m_costs || m_listing.id.isEmpty()) {
        m_customs->clear();
        return;
    }
    const Services::ListingCost cost = m_costs->compute(m_listing);   // once per refresh
    fillBreakdown(m_customs, cost.result);
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
}

void DetailPanel::applyPower()
{
    if (m_listing.id.isEmpty() || m_power->value() == m_listing.powerHp)
        return;
    m_listing.powerHp = m_power->value();
    fillSpecs();
    refreshCustoms();
    emit listingUpdated(m_listing);
}

void DetailPanel::showPhoto(int index)
{
    const int count = int(m_listing.photos.size());
    if (count == 0 || index < 0) {
        m_photoIndex = -1;
        m_photo->setPixmap({});
        m_photo->setText(m_listing.id.isEmpty() ? tr("Select a listing to see its photos and details") : tr("No photos"));
        m_photoCounter->clear();
        m_prev->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_photoIndex = qBound(0, index, count - 1);
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
