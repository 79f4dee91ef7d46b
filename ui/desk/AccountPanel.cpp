#include "desk/AccountPanel.h"

#include "desk/EarlierCallsModel.h"
#include "ui_AccountPanel.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

// The panel's forms are QGridLayouts, not QFormLayouts: Qt 6.4's QFormLayout writes past its row
// buffers when rows holding word-wrapped labels are hidden and shown again (valgrind: invalid
// writes in QFormLayout::setGeometry; intermittent heap corruption in the desk). A grid row whose
// widgets are all hidden takes no space and no spacing.
template <typename Visit> void forEachInRow(QGridLayout* grid, int row, Visit visit)
{
    for (int i = 0; i < grid->count(); ++i) {
        int itemRow = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(i, &itemRow, &column, &rowSpan, &columnSpan);
        if (itemRow == row)
            visit(grid->itemAt(i));
    }
}

int gridRowOf(QGridLayout* grid, const QWidget* widget)
{
    for (int i = 0; i < grid->count(); ++i) {
        QLayoutItem* item = grid->itemAt(i);
        if (item->widget() == widget || (item->layout() && item->layout()->indexOf(widget) >= 0)) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            return row;
        }
    }
    return -1;
}

// Shows or hides the whole row (title and value) that holds this widget.
void setRowShown(QGridLayout* grid, const QWidget* inRow, bool shown)
{
    const int row = gridRowOf(grid, inRow);
    Q_ASSERT(row >= 0);
    forEachInRow(grid, row, [shown](QLayoutItem* item) {
        if (QWidget* widget = item->widget()) {
            widget->setVisible(shown);
        } else if (QLayout* layout = item->layout()) {
            for (int i = 0; i < layout->count(); ++i) {
                if (QWidget* nested = layout->itemAt(i)->widget())
                    nested->setVisible(shown);
            }
        }
    });
}

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
constexpr int HeadlineIconSize = 32;
constexpr int RowIconSize = 16;

// The small round icons beside a state. They always come with words: the icon is for a glance,
// the words are what counts (and what a screen reader says).
enum class Badge { Ok, Locked, Pending, Warning, Neutral };

QColor badgeColor(Badge badge)
{
    switch (badge) {
    case Badge::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Badge::Locked:
        return QColor(0xc6, 0x28, 0x28);
    case Badge::Pending:
        return QColor(0x15, 0x65, 0xc0);
    case Badge::Warning:
        return QColor(0xb2, 0x5e, 0x00);
    case Badge::Neutral:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QColor blend(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() + (accent.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (accent.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (accent.blueF() - base.blueF()) * amount));
}

// Drawn rather than loaded, so that it is sharp at any scale and needs no image plugin.
QPixmap badgePixmap(Badge badge, int size, qreal ratio)
{
    QPixmap pixmap(qRound(size * ratio), qRound(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    painter.setPen(Qt::NoPen);
    painter.setBrush(badgeColor(badge));
    painter.drawEllipse(QRectF(0, 0, s, s));

    painter.setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (badge) {
    case Badge::Ok: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.36);
        painter.drawPath(tick);
        break;
    }
    case Badge::Locked: {
        QPainterPath shackle;
        shackle.moveTo(s * 0.37, s * 0.48);
        shackle.lineTo(s * 0.37, s * 0.38);
        shackle.arcTo(QRectF(s * 0.37, s * 0.25, s * 0.26, s * 0.26), 180, -180);
        shackle.lineTo(s * 0.63, s * 0.48);
        painter.setPen(QPen(Qt::white, s * 0.08, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(s * 0.28, s * 0.46, s * 0.44, s * 0.30), s * 0.05, s * 0.05);
        break;
    }
    case Badge::Pending:
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    case Badge::Warning:
        painter.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.5, s * 0.24), QPointF(s * 0.5, s * 0.54));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.74), s * 0.07, s * 0.07);
        break;
    case Badge::Neutral:
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    }
    return pixmap;
}

Badge stateBadge(Account::State state)
{
    switch (state) {
    case Account::State::Active:
        return Badge::Ok;
    case Account::State::Locked:
        return Badge::Locked;
    case Account::State::PendingActivation:
        return Badge::Pending;
    case Account::State::TemporaryExpired:
        return Badge::Warning;
    case Account::State::NoAccount:
        return Badge::Neutral;
    }
    return Badge::Neutral;
}

// Dates and times in the user's locale and time zone.
QString localDateTime(const QDateTime& when)
{
    if (!when.isValid())
        //: Shown instead of a date that the database does not have.
        return AccountPanel::tr("not recorded");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString expiryText(const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid())
        return localDateTime(expiresAt);
    const QString date = localDateTime(expiresAt);
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        //: When the temporary password expires; %1 is a date and time in the past.
        return AccountPanel::tr("%1 (expired)").arg(date);
    if (seconds < SecondsPerDay)
        //: When the temporary password expires; %1 is a date and time less than 24 hours ahead.
        return AccountPanel::tr("%1 (less than a day left)").arg(date);
    const int days = static_cast<int>(seconds / SecondsPerDay);
    //: When the temporary password expires; %1 is a date and time, %n the whole days left.
    return AccountPanel::tr("%1 (in %n day(s))", nullptr, days).arg(date);
}

} // namespace

AccountPanel::AccountPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::AccountPanel>())
{
    m_ui->setupUi(this);

    QFont headline = m_ui->stateLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.3);
    m_ui->stateLabel->setFont(headline);

    // Secondary text: between the text and the background, still well readable.
    QPalette muted = m_ui->maskingNoteLabel->palette();
    muted.setColor(QPalette::WindowText, blend(muted.color(QPalette::WindowText), muted.color(QPalette::Window), 0.3));
    m_ui->maskingNoteLabel->setPalette(muted);

    createExtraRows();
    clear();
}

AccountPanel::~AccountPanel() = default;

QString AccountPanel::stateTitle(Account::State state)
{
    switch (state) {
    case Account::State::NoAccount:
        //: State of a person's portal account, shown as a headline.
        return tr("No portal account");
    case Account::State::PendingActivation:
        //: State of a portal account: registered, temporary password not yet activated.
        return tr("Pending activation");
    case Account::State::Active:
        //: State of a portal account: the holder can log in.
        return tr("Active");
    case Account::State::Locked:
        //: State of a portal account: locked after too many wrong passwords.
        return tr("Locked");
    case Account::State::TemporaryExpired:
        //: State of a portal account: the temporary password was not activated in time.
        return tr("Temporary password expired");
    }
    return {};
}

void AccountPanel::setSummary(const AccountSummary& summary, const QDateTime& now)
{
    m_summary = summary;
    showState(summary);
    showPerson(summary);
    showAccount(summary, now);
    showMailAndCalls(summary);
    m_ui->stateFrame->show();
    m_ui->personGroupBox->show();
}

void AccountPanel::clear()
{
    m_summary.reset();
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy() == nullptr) // the row titles keep their words
            label->clear();
    }
    m_ui->stateFrame->hide();
    m_ui->personGroupBox->hide();
    m_ui->accountGroupBox->hide();
    m_lastMailIconLabel->clear();
    m_earlierCallsModel->setCalls({});
    m_earlierCallsGroupBox->hide();
}

void AccountPanel::showState(const AccountSummary& summary)
{
    const Badge badge = stateBadge(summary.state);
    m_ui->stateIconLabel->setPixmap(badgePixmap(badge, HeadlineIconSize, devicePixelRatioF()));
    m_ui->stateLabel->setText(stateTitle(summary.state));

    QString detail;
    switch (summary.state) {
    case Account::State::Active:
        detail = tr("The holder can log in to the portal.");
        break;
    case Account::State::Locked:
        //: %1 is a date and time; %n the number of failed attempts.
        detail = tr("Locked since %1 after %n failed password attempt(s). The holder cannot log in until the account "
                    "is unlocked.",
                    nullptr, summary.failedAttempts)
                     .arg(localDateTime(summary.lockedAt));
        break;
    case Account::State::PendingActivation:
        if (summary.temporaryExpiresAt.isValid())
            //: %1 is a date and time.
            detail = tr("The holder has registered and must activate the temporary password before %1.")
                         .arg(localDateTime(summary.temporaryExpiresAt));
        else
            detail = tr("The holder has registered but has not activated the account yet.");
        break;
    case Account::State::TemporaryExpired:
        //: %1 is a date and time in the past.
        detail = tr("The temporary password expired on %1 without being activated. The holder must register again, "
                    "or the desk issues a new temporary password.")
                     .arg(localDateTime(summary.temporaryExpiresAt));
        break;
    case Account::State::NoAccount:
        detail = summary.certified ? tr("This person has not registered on the portal.")
                                   : tr("This person has not registered on the portal, and cannot until the "
                                        "social-security number is certified.");
        break;
    }
    m_ui->stateDetailLabel->setText(detail);

    // A light tint of the state's colour behind the headline; the words carry the meaning.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, blend(tinted.color(QPalette::Window), badgeColor(badge), 0.08));
    m_ui->stateFrame->setPalette(tinted);
}

void AccountPanel::showPerson(const AccountSummary& summary)
{
    const qreal ratio = devicePixelRatioF();
    m_ui->nameLabel->setText(summary.displayName);
    m_ui->nirLabel->setText(summary.nir.formatted());

    QGridLayout* grid = m_ui->personGridLayout;
    if (summary.certified) {
        m_ui->certificationIconLabel->setPixmap(badgePixmap(Badge::Ok, RowIconSize, ratio));
        //: The social-security number was checked against the national register.
        m_ui->certificationLabel->setText(tr("Certified"));
    } else {
        m_ui->certificationIconLabel->setPixmap(badgePixmap(Badge::Warning, RowIconSize, ratio));
        m_ui->certificationLabel->setText(tr("Not certified"));
        m_ui->certificationNoteLabel->setText(
            tr("The portal refuses registration with a number that is not certified: it must be certified first."));
    }
    setRowShown(grid, m_ui->certificationNoteLabel, !summary.certified);

    setRowShown(grid, m_ui->provisionalTitleLabel, summary.provisionalNir);
    if (summary.provisionalNir) {
        m_ui->provisionalIconLabel->setPixmap(badgePixmap(Badge::Warning, RowIconSize, ratio));
        //: A provisional social-security number starts with 3, 4, 7 or 8.
        m_ui->provisionalLabel->setText(tr("Provisional, not yet definitive"));
    }

    setRowShown(grid, m_ui->maskingNoteLabel, !summary.verified);
    m_ui->maskingNoteLabel->setText(
        tr("The name and e-mail address stay masked until the caller's identity is verified."));
}

void AccountPanel::showAccount(const AccountSummary& summary, const QDateTime& now)
{
    m_ui->accountGroupBox->setVisible(summary.hasAccount());
    if (!summary.hasAccount())
        return;

    QGridLayout* grid = m_ui->accountGridLayout;
    const QLocale locale;
    m_ui->emailLabel->setText(summary.displayEmail);

    const bool locked = summary.state == Account::State::Locked;
    setRowShown(grid, m_ui->lockedSinceLabel, locked);
    m_ui->lockedSinceLabel->setText(localDateTime(summary.lockedAt));

    setRowShown(grid, m_ui->failedAttemptsLabel, locked || summary.failedAttempts > 0);
    m_ui->failedAttemptsLabel->setText(locale.toString(summary.failedAttempts));

    setRowShown(grid, m_ui->lastFailedLabel, summary.lastFailedAt.isValid());
    m_ui->lastFailedLabel->setText(localDateTime(summary.lastFailedAt));

    // A request newer than the password on file: until its mail leaves, the dates on file are the
    // previous password's, so the row says where the new one stands instead.
    const std::optional<OutboxMessage>& request = summary.temporaryPasswordMail;
    const bool requestIsNewer
        = request && (!summary.temporaryIssuedAt.isValid() || request->createdAt > summary.temporaryIssuedAt);
    const bool waiting = requestIsNewer
        && (request->status == OutboxMessage::Status::Queued || request->status == OutboxMessage::Status::Sending);
    const bool failed = requestIsNewer && request->status == OutboxMessage::Status::Dead;
    // Sent: the password on file is this mail's until it is used or expires.
    const bool sent = request && request->status == OutboxMessage::Status::Sent && !summary.temporaryUsed
        && summary.temporaryExpiresAt.isValid() && summary.temporaryExpiresAt > now;
    setRowShown(grid, m_newTemporaryLabel, waiting || failed || sent);
    m_newTemporaryLabel->setText(
        waiting || failed || sent ? newTemporaryPasswordText(*request, summary.mailPausedReason) : QString());

    const bool temporary = !waiting && (summary.temporaryIssuedAt.isValid() || summary.temporaryExpiresAt.isValid());
    setRowShown(grid, m_ui->temporaryIssuedLabel, temporary);
    setRowShown(grid, m_ui->temporaryExpiresLabel, temporary);
    setRowShown(grid, m_ui->temporaryUsedLabel, temporary);
    m_ui->temporaryIssuedLabel->setText(localDateTime(summary.temporaryIssuedAt));
    m_ui->temporaryExpiresLabel->setText(summary.temporaryUsed ? localDateTime(summary.temporaryExpiresAt)
                                                               : expiryText(summary.temporaryExpiresAt, now));
    const bool expired = summary.temporaryExpiresAt.isValid() && summary.temporaryExpiresAt <= now;
    //: Whether the temporary password has been used to log in: yes, no (expired unused), not yet.
    m_ui->temporaryUsedLabel->setText(summary.temporaryUsed ? tr("Yes") : expired ? tr("No") : tr("Not yet"));
}

void AccountPanel::setStacked(bool stacked)
{
    m_ui->groupsHorizontalLayout->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void AccountPanel::createExtraRows()
{
    QGridLayout* grid = m_ui->accountGridLayout;
    auto* newTemporaryTitle = new QLabel(tr("New temporary password:"), m_ui->accountGroupBox);
    newTemporaryTitle->setObjectName(QStringLiteral("newTemporaryTitleLabel"));
    m_newTemporaryLabel = new QLabel(m_ui->accountGroupBox);
    m_newTemporaryLabel->setObjectName(QStringLiteral("newTemporaryLabel"));
    m_newTemporaryLabel->setTextFormat(Qt::PlainText);
    m_newTemporaryLabel->setWordWrap(true);
    newTemporaryTitle->setBuddy(m_newTemporaryLabel);
    const int newTemporaryRowIndex = grid->rowCount();
    grid->addWidget(newTemporaryTitle, newTemporaryRowIndex, 0);
    grid->addWidget(m_newTemporaryLabel, newTemporaryRowIndex, 1);

    auto* mailTitle = new QLabel(tr("Last e-mail:"), m_ui->accountGroupBox);
    mailTitle->setObjectName(QStringLiteral("lastMailTitleLabel"));
    // A widget rather than a bare layout: a hidden widget leaves an empty cell, while an emptied
    // QHBoxLayout still caps its grid column's width.
    auto* mailValue = new QWidget(m_ui->accountGroupBox);
    mailValue->setObjectName(QStringLiteral("lastMailWidget"));
    auto* mailRow = new QHBoxLayout(mailValue);
    mailRow->setContentsMargins(0, 0, 0, 0);
    mailRow->setSpacing(6);
    m_lastMailIconLabel = new QLabel(mailValue);
    m_lastMailIconLabel->setObjectName(QStringLiteral("lastMailIconLabel"));
    m_lastMailIconLabel->setAlignment(Qt::AlignTop);
    m_lastMailIconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_lastMailLabel = new QLabel(mailValue);
    m_lastMailLabel->setObjectName(QStringLiteral("lastMailLabel"));
    m_lastMailLabel->setTextFormat(Qt::PlainText);
    m_lastMailLabel->setWordWrap(true);
    mailTitle->setBuddy(m_lastMailLabel);
    mailRow->addWidget(m_lastMailIconLabel);
    mailRow->addWidget(m_lastMailLabel, 1);
    const int mailRowIndex = grid->rowCount();
    grid->addWidget(mailTitle, mailRowIndex, 0);
    grid->addWidget(mailValue, mailRowIndex, 1);

    auto* changeTitle = new QLabel(tr("Change of address:"), m_ui->accountGroupBox);
    changeTitle->setObjectName(QStringLiteral("emailChangeTitleLabel"));
    m_emailChangeLabel = new QLabel(m_ui->accountGroupBox);
    m_emailChangeLabel->setObjectName(QStringLiteral("emailChangeLabel"));
    m_emailChangeLabel->setTextFormat(Qt::PlainText);
    m_emailChangeLabel->setWordWrap(true);
    changeTitle->setBuddy(m_emailChangeLabel);
    const int changeRowIndex = grid->rowCount();
    grid->addWidget(changeTitle, changeRowIndex, 0);
    grid->addWidget(m_emailChangeLabel, changeRowIndex, 1);

    m_earlierCallsGroupBox = new QGroupBox(tr("Earlier calls"), this);
    m_earlierCallsGroupBox->setObjectName(QStringLiteral("earlierCallsGroupBox"));
    m_earlierCallsModel = new EarlierCallsModel(this);
    m_earlierCallsTableView = new QTableView(m_earlierCallsGroupBox);
    m_earlierCallsTableView->setObjectName(QStringLiteral("earlierCallsTableView"));
    m_earlierCallsTableView->setModel(m_earlierCallsModel);
    m_earlierCallsTableView->setAccessibleName(tr("Earlier calls"));
    m_earlierCallsTableView->setAccessibleDescription(tr("This caller's earlier calls, newest first."));
    m_earlierCallsTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_earlierCallsTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_earlierCallsTableView->setTabKeyNavigation(false);
    m_earlierCallsTableView->verticalHeader()->hide();
    m_earlierCallsTableView->horizontalHeader()->setStretchLastSection(false);
    m_earlierCallsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_earlierCallsTableView->horizontalHeader()->setSectionResizeMode(EarlierCallsModel::ReasonColumn,
                                                                      QHeaderView::Stretch);
    m_earlierCallsTableView->setWordWrap(false);
    m_earlierCallsTableView->setTextElideMode(Qt::ElideRight);
    m_earlierCallsTableView->setMaximumHeight(180);
    m_earlierCallsTableView->setAlternatingRowColors(true);
    m_earlierCallsTableView->setMinimumHeight(110);
    m_earlierCallsTableView->setCornerButtonEnabled(false);
    m_earlierCallsTableView->horizontalHeader()->setAccessibleName(tr("Columns of the earlier calls"));
    m_earlierCallsTableView->verticalHeader()->setAccessibleName(tr("Rows of the earlier calls"));
    // Every scroll bar of the table, its headers' included, says what it scrolls.
    const QList<QScrollBar*> bars = m_earlierCallsTableView->findChildren<QScrollBar*>();
    for (QScrollBar* bar : bars)
        bar->setAccessibleName(bar->orientation() == Qt::Horizontal ? tr("Scroll the earlier calls sideways")
                                                                    : tr("Scroll the earlier calls"));
    const QList<QAbstractButton*> corner = m_earlierCallsTableView->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : corner)
        button->setAccessibleName(tr("Select all earlier calls"));
    m_noEarlierCallsLabel = new QLabel(m_earlierCallsGroupBox);
    m_noEarlierCallsLabel->setObjectName(QStringLiteral("noEarlierCallsLabel"));
    auto* callsLayout = new QVBoxLayout(m_earlierCallsGroupBox);
    callsLayout->addWidget(m_noEarlierCallsLabel);
    callsLayout->addWidget(m_earlierCallsTableView);
    // Before the spacer that ends the panel.
    m_ui->panelVerticalLayout->insertWidget(m_ui->panelVerticalLayout->count() - 1, m_earlierCallsGroupBox);
}

QString AccountPanel::mailText(const OutboxMessage& message, const QString& pausedReason)
{
    QString kind;
    switch (message.kind) {
    case OutboxMessage::Kind::TemporaryPassword:
        //: Kind of the last mail sent for an account.
        kind = tr("Temporary password");
        break;
    case OutboxMessage::Kind::EmailConfirmation:
        kind = tr("Code for a new address");
        break;
    case OutboxMessage::Kind::AddressChangeNotice:
        kind = tr("Notice of a change of address");
        break;
    }
    switch (message.status) {
    case OutboxMessage::Status::Queued:
    case OutboxMessage::Status::Sending:
        if (!pausedReason.isEmpty())
            //: %1 kind of mail, %2 date and time; %3 the mail relay's reason, technical, in English.
            return tr("%1: waiting since %2; delivery is paused because the mail relay refuses the mail service's "
                      "settings (%3). An administrator must correct them.")
                .arg(kind, localDateTime(message.createdAt), pausedReason);
        if (message.attempts > 0)
            //: %1 kind of mail, %2 date; %n delivery attempts so far.
            return tr("%1: waiting to be sent since %2 (%n attempt(s) so far)", nullptr, message.attempts)
                .arg(kind, localDateTime(message.createdAt));
        //: %1 kind of mail, %2 date and time.
        return tr("%1: waiting to be sent since %2").arg(kind, localDateTime(message.createdAt));
    case OutboxMessage::Status::Sent:
        //: %1 kind of mail, %2 date and time.
        return tr("%1: sent on %2").arg(kind, localDateTime(message.sentAt));
    case OutboxMessage::Status::Dead:
        //: %1 kind of mail; %2 the mail server's reason, technical, in English.
        return tr("%1: not delivered, delivery abandoned (%2)")
            .arg(kind, message.lastError.isEmpty() ? tr("no reason given") : message.lastError);
    }
    return kind;
}

QString AccountPanel::newTemporaryPasswordText(const OutboxMessage& request, const QString& pausedReason)
{
    switch (request.status) {
    case OutboxMessage::Status::Queued:
    case OutboxMessage::Status::Sending:
        if (!pausedReason.isEmpty())
            //: The new temporary password's mail; %1 date and time; %2 the mail relay's reason, technical, in English.
            return tr("Queued at %1, not sent: delivery is paused because the mail relay refuses the mail service's "
                      "settings (%2).")
                .arg(localDateTime(request.createdAt), pausedReason);
        //: The new temporary password's mail; %1 date and time. The previous one works until it is sent.
        return tr("Queued at %1, not sent yet. The previous temporary password works until it is sent.")
            .arg(localDateTime(request.createdAt));
    case OutboxMessage::Status::Sent:
        //: The new temporary password's mail; %1 date and time.
        return tr("Sent on %1.").arg(localDateTime(request.sentAt));
    case OutboxMessage::Status::Dead:
        //: The new temporary password's mail; %1 date and time of the request; %2 the mail server's reason,
        //: technical, in English.
        return tr("Failed: asked at %1, not delivered (%2).")
            .arg(localDateTime(request.createdAt),
                 request.lastError.isEmpty() ? tr("no reason given") : request.lastError);
    }
    return {};
}

void AccountPanel::showMailAndCalls(const AccountSummary& summary)
{
    QGridLayout* grid = m_ui->accountGridLayout;
    const bool hasMail = summary.hasAccount() && summary.lastMail.has_value();
    setRowShown(grid, m_lastMailLabel->parentWidget(), hasMail);
    if (hasMail) {
        const OutboxMessage& mail = *summary.lastMail;
        const Badge badge = mail.status == OutboxMessage::Status::Sent ? Badge::Ok
            : mail.status == OutboxMessage::Status::Dead               ? Badge::Locked
                                                                       : Badge::Pending;
        m_lastMailIconLabel->setPixmap(badgePixmap(badge, RowIconSize, devicePixelRatioF()));
        m_lastMailLabel->setText(mailText(mail, summary.mailPausedReason));
    }
    setRowShown(grid, m_emailChangeLabel, summary.hasAccount() && summary.emailChangePending);
    if (summary.displayPendingEmail.isEmpty())
        m_emailChangeLabel->setText(
            tr("A new address waits for the code the caller received; it applies once the code is confirmed."));
    else
        //: %1 is the new e-mail address, masked until the caller's identity is verified.
        m_emailChangeLabel->setText(tr("%1 waits for the code the caller received; it replaces the address on file "
                                       "once the code is confirmed.")
                                        .arg(summary.displayPendingEmail));

    m_noEarlierCallsLabel->setText(tr("No earlier call from this person."));
    m_earlierCallsModel->setCalls(summary.earlierCalls);
    m_earlierCallsTableView->setVisible(!summary.earlierCalls.isEmpty());
    m_noEarlierCallsLabel->setVisible(summary.earlierCalls.isEmpty());
    m_earlierCallsGroupBox->show();
}
