#pragma once

#include "lead/LeadContext.h"

#include <QWidget>
#include <initializer_list>
#include <utility>

class QLabel;
class QStackedWidget;
class QStandardItemModel;

class QScrollArea;

namespace sal::ui {

class AcceptanceSummary;
class AttemptLogRow;
class ContextSection;
class ContextTableView;
class FirmographicsForm;
class LeadHeader;

// Everything a rep needs to decide on one lead in minutes, in one scrollable pane: who and the SLA
// countdown, the acceptance checklist with evidence, why it scored, what they did, the company,
// what to say, who else at the account is engaged, the attempts so far and the history. A one-step
// row at the bottom logs another contact attempt.
class LeadContextView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadContextView)

public:
    explicit LeadContextView(QWidget *parent = nullptr);

    void setContext(const LeadContext &context);
    // Shows the "Select a lead" placeholder.
    void clear();

    // For the window's "Log contact attempt" action (L; shortcuts live in WorkbenchActions): logs the
    // typed outcome, or puts the cursor in the outcome field when it is empty.
    void focusAttemptOutcome();

    bool hasLead() const { return !m_leadId.isEmpty(); }
    QString leadId() const { return m_leadId; }

Q_SIGNALS:
    void logAttemptRequested(
        const QString &leadId, sal::core::ContactChannel channel, const QString &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitSectionsToWidth();

    QWidget *buildContent();
    // `caps`: (column, characters) pairs of columns kept narrow, wrapped or (elideCaps) elided; see
    // ContextTableView::setColumnCap.
    ContextTableView *addTable(QStandardItemModel *model, const QString &objectName,
        const QString &accessibleName, int stretchColumn,
        std::initializer_list<std::pair<int, int>> caps = {}, bool elideCaps = false);
    ContextSection *addSection(QWidget *body, const QString &objectName);
    void setSectionTitles(const LeadContext &context);

    QString m_leadId;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_sections = nullptr;
    QScrollArea *m_scroll = nullptr;
    LeadHeader *m_header = nullptr;
    QStandardItemModel *m_checklist = nullptr;
    QStandardItemModel *m_score = nullptr;
    QStandardItemModel *m_timeline = nullptr;
    QStandardItemModel *m_proofPoints = nullptr;
    QStandardItemModel *m_contacts = nullptr;
    QStandardItemModel *m_attempts = nullptr;
    QStandardItemModel *m_events = nullptr;
    ContextSection *m_acceptanceSection = nullptr;
    AcceptanceSummary *m_acceptance = nullptr;
    ContextSection *m_checklistSection = nullptr;
    ContextSection *m_scoreSection = nullptr;
    ContextSection *m_timelineSection = nullptr;
    ContextSection *m_firmographicsSection = nullptr;
    ContextSection *m_talkTrackSection = nullptr;
    ContextSection *m_contactsSection = nullptr;
    ContextSection *m_attemptsSection = nullptr;
    ContextSection *m_eventsSection = nullptr;
    FirmographicsForm *m_firmographics = nullptr;
    QLabel *m_talkTrack = nullptr;
    AttemptLogRow *m_attemptRow = nullptr;
};

} // namespace sal::ui
