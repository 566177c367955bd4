#include "lead/LeadContextView.h"

#include "lead/AcceptanceSummary.h"
#include "lead/AttemptLogRow.h"
#include "lead/ContextSection.h"
#include "lead/ContextTableView.h"
#include "lead/FirmographicsForm.h"
#include "lead/LeadContextRows.h"
#include "lead/LeadHeader.h"
#include "qualification/AcceptanceChecklist.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

namespace {

QString talkTrackText(const TalkTrack &track)
{
    QStringList lines;
    if (!track.opener.isEmpty())
        lines << LeadContextView::tr("Opener: %1").arg(track.opener);
    if (!track.discoveryQuestions.isEmpty()) {
        lines << LeadContextView::tr("Discovery questions:");
        for (qsizetype i = 0; i < track.discoveryQuestions.size(); ++i)
            lines << LeadContextView::tr("%1. %2").arg(i + 1).arg(track.discoveryQuestions.at(i));
    }
    return lines.isEmpty() ? LeadContextView::tr("No talk track for this lead.")
                           : lines.join(QLatin1Char('\n'));
}

int passed(const QList<ChecklistItem> &items, bool required, int *total)
{
    int count = 0;
    *total = 0;
    for (const ChecklistItem &item : items) {
        if (item.required != required)
            continue;
        ++*total;
        if (item.outcome == CheckOutcome::Pass)
            ++count;
    }
    return count;
}

} // namespace

LeadContextView::LeadContextView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a lead"), this))
{
    setObjectName(QStringLiteral("leadContextView"));
    setAccessibleName(tr("Lead context"));
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAccessibleName(tr("No lead selected"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_attemptRow, &AttemptLogRow::attemptLogged, this,
        [this](ContactChannel channel, const QString &outcome) {
            if (hasLead())
                Q_EMIT logAttemptRequested(m_leadId, channel, outcome);
        });
    clear();
}

bool LeadContextView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_sections && event->type() == QEvent::LayoutRequest)
        || (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize))
        fitSectionsToWidth();
    return QWidget::eventFilter(watched, event);
}

void LeadContextView::fitSectionsToWidth()
{
    QLayout *layout = m_sections->layout();
    if (!layout || !layout->hasHeightForWidth())
        return;
    const int height = layout->heightForWidth(m_scroll->viewport()->width());
    if (height > 0 && m_sections->minimumHeight() != height)
        m_sections->setMinimumHeight(height);
}

QWidget *LeadContextView::buildContent()
{
    auto *page = new QWidget(this);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("contextScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections = new QWidget(scroll);
    auto *sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(8, 8, 8, 8);
    sections->setSpacing(6);

    m_header = new LeadHeader(m_sections);
    sections->addWidget(m_header);

    m_acceptance = new AcceptanceSummary(m_sections);
    m_acceptanceSection = addSection(m_acceptance, QStringLiteral("acceptanceSection"));

    m_checklist = new QStandardItemModel(this);
    LeadContextRows::setUpChecklist(m_checklist);
    m_checklistSection = addSection(
        addTable(m_checklist, QStringLiteral("checklistView"), tr("Acceptance checklist"),
            LeadContextRows::ChecklistEvidence, { { LeadContextRows::ChecklistItemColumn, 26 } }),
        QStringLiteral("checklistSection"));

    m_score = new QStandardItemModel(this);
    LeadContextRows::setUpScore(m_score);
    m_scoreSection = addSection(
        addTable(m_score, QStringLiteral("scoreView"), tr("Score breakdown"), LeadContextRows::ScoreLabel),
        QStringLiteral("scoreSection"));

    m_timeline = new QStandardItemModel(this);
    LeadContextRows::setUpTimeline(m_timeline);
    m_timelineSection
        = addSection(addTable(m_timeline, QStringLiteral("timelineView"), tr("Engagement timeline"),
                         LeadContextRows::TimelineActivity, { { LeadContextRows::TimelineUrl, 18 } }, true),
            QStringLiteral("timelineSection"));

    m_firmographics = new FirmographicsForm(m_sections);
    m_firmographicsSection = addSection(m_firmographics, QStringLiteral("firmographicsSection"));

    auto *talk = new QWidget(m_sections);
    auto *talkLayout = new QVBoxLayout(talk);
    talkLayout->setContentsMargins(4, 0, 0, 0);
    m_talkTrack = new QLabel(talk);
    m_talkTrack->setObjectName(QStringLiteral("talkTrack"));
    m_talkTrack->setAccessibleName(tr("Talk track"));
    m_talkTrack->setTextFormat(Qt::PlainText);
    m_talkTrack->setWordWrap(true);
    m_talkTrack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    talkLayout->addWidget(m_talkTrack);
    m_proofPoints = new QStandardItemModel(this);
    LeadContextRows::setUpProofPoints(m_proofPoints);
    talkLayout->addWidget(addTable(m_proofPoints, QStringLiteral("proofPointsView"), tr("Proof points"),
        LeadContextRows::ProofClaim, { { LeadContextRows::ProofUrl, 18 } }, true));
    m_talkTrackSection = addSection(talk, QStringLiteral("talkTrackSection"));

    m_contacts = new QStandardItemModel(this);
    LeadContextRows::setUpContacts(m_contacts);
    m_contactsSection = addSection(
        addTable(m_contacts, QStringLiteral("otherContactsView"), tr("Other engaged contacts at the account"),
            LeadContextRows::ContactTitle, { { LeadContextRows::ContactName, 18 } }),
        QStringLiteral("otherContactsSection"));

    m_attempts = new QStandardItemModel(this);
    LeadContextRows::setUpAttempts(m_attempts);
    m_attemptsSection
        = addSection(addTable(m_attempts, QStringLiteral("attemptsView"), tr("Contact attempts"),
                         LeadContextRows::AttemptOutcome, { { LeadContextRows::AttemptActor, 16 } }),
            QStringLiteral("attemptsSection"));

    m_events = new QStandardItemModel(this);
    LeadContextRows::setUpEvents(m_events);
    m_eventsSection = addSection(addTable(m_events, QStringLiteral("eventsView"), tr("Event history"),
                                     LeadContextRows::EventReason, { { LeadContextRows::EventActor, 16 } }),
        QStringLiteral("eventsSection"));
    sections->addStretch();
    scroll->setWidget(m_sections);
    // QScrollArea ignores height-for-width: wrapped labels and forms would be squeezed into each
    // other. Give the sections the height they need at the viewport's width instead.
    m_scroll = scroll;
    scroll->viewport()->installEventFilter(this);
    m_sections->installEventFilter(this);

    m_attemptRow = new AttemptLogRow(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(scroll, 1);
    auto *rowMargin = new QVBoxLayout;
    rowMargin->setContentsMargins(8, 0, 8, 0);
    rowMargin->addWidget(m_attemptRow);
    layout->addLayout(rowMargin);
    return page;
}

ContextTableView *LeadContextView::addTable(QStandardItemModel *model, const QString &objectName,
    const QString &accessibleName, int stretchColumn, std::initializer_list<std::pair<int, int>> caps,
    bool elideCaps)
{
    auto *view = new ContextTableView(m_sections);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(tr("%1 of the selected lead, one item per row").arg(accessibleName));
    view->setModel(model);
    view->setStretchColumn(stretchColumn);
    for (const auto &[column, characters] : caps)
        view->setColumnCap(column, characters,
            elideCaps ? ContextTableView::CapText::Elide : ContextTableView::CapText::Wrap);
    return view;
}

ContextSection *LeadContextView::addSection(QWidget *body, const QString &objectName)
{
    auto *section = new ContextSection(m_sections);
    section->setObjectName(objectName);
    section->setBody(body);
    m_sections->layout()->addWidget(section);
    return section;
}

void LeadContextView::setContext(const LeadContext &context)
{
    const Lead &lead = context.lead.lead;
    const bool otherLead = m_leadId != lead.id;
    m_leadId = lead.id;
    m_header->setContext(context);
    m_acceptance->setEstimate(context.acceptance, context.acceptanceLow, context.likeliestReasonLabel);
    LeadContextRows::fillChecklist(m_checklist, context.checklist);
    LeadContextRows::fillScore(m_score, lead, context.nowUtc);
    LeadContextRows::fillTimeline(m_timeline, lead, context.nowUtc);
    m_firmographics->setAccount(lead.account, context.nowUtc);
    m_talkTrack->setText(talkTrackText(lead.talkTrack));
    LeadContextRows::fillProofPoints(m_proofPoints, lead.talkTrack);
    LeadContextRows::fillContacts(m_contacts, context.otherContactsAtAccount, context.nowUtc);
    LeadContextRows::fillAttempts(m_attempts, context.lead.attempts);
    LeadContextRows::fillEvents(m_events, context.events);
    setSectionTitles(context);
    if (otherLead)
        m_attemptRow->reset();
    m_attemptRow->setEnabled(true);
    m_pages->setCurrentIndex(1);
}

void LeadContextView::setSectionTitles(const LeadContext &context)
{
    const Lead &lead = context.lead.lead;
    int requiredTotal = 0;
    int preferredTotal = 0;
    const int required = passed(context.checklist, true, &requiredTotal);
    const int preferred = passed(context.checklist, false, &preferredTotal);
    const bool hold = AcceptanceChecklist::requiredItemsHold(context.checklist);
    m_acceptanceSection->setTitle(context.acceptance
            ? tr("Acceptance likelihood %1%2")
                  .arg(AcceptanceSummary::percent(context.acceptance->likelihood),
                      context.acceptanceLow ? tr(" — low") : QString())
            : tr("Acceptance likelihood — no model yet"));
    m_checklistSection->setTitle(tr("Acceptance checklist — %1 required %2/%3 · preferred %4/%5")
                                     .arg(hold ? tr("✓") : tr("✗"))
                                     .arg(required)
                                     .arg(requiredTotal)
                                     .arg(preferred)
                                     .arg(preferredTotal));
    m_scoreSection->setTitle(tr("Score %1 — fit %2, engagement %3")
                                 .arg(lead.score.total())
                                 .arg(lead.score.fitPoints())
                                 .arg(lead.score.engagementPoints()));
    m_timelineSection->setTitle(tr("Engagement timeline (%1)").arg(lead.engagement.size()));
    m_firmographicsSection->setTitle(tr("Firmographics — %1").arg(lead.account.name));
    m_talkTrackSection->setTitle(tr("Talk track and proof points"));
    m_contactsSection->setTitle(tr(
        "Other engaged contacts at the account (%n)", nullptr, int(context.otherContactsAtAccount.size())));
    QSet<ContactChannel> channels;
    for (const ContactAttempt &attempt : context.lead.attempts)
        channels.insert(attempt.channel);
    m_attemptsSection->setTitle(
        tr("Contact attempts: %1 · channels: %2").arg(context.lead.attempts.size()).arg(channels.size()));
    m_eventsSection->setTitle(tr("Event history (%1)").arg(context.events.size()));
}

void LeadContextView::focusAttemptOutcome()
{
    if (hasLead())
        m_attemptRow->logOrFocus();
}

void LeadContextView::clear()
{
    m_leadId.clear();
    m_header->clear();
    for (QStandardItemModel *model :
        { m_checklist, m_score, m_timeline, m_proofPoints, m_contacts, m_attempts, m_events })
        LeadContextRows::clearRows(model);
    m_firmographics->clear();
    m_talkTrack->clear();
    m_attemptRow->reset();
    m_attemptRow->setEnabled(false);
    m_pages->setCurrentIndex(0);
}

} // namespace sal::ui
