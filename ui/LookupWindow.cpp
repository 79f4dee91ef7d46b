#include "LookupWindow.h"

#include "AccountLookupService.h"
#include "Database.h"
#include "DatabaseWorker.h"
#include "ErrorText.h"
#include "ui_LookupWindow.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStyle>

namespace {

Q_LOGGING_CATEGORY(lcUi, "guichet.ui", QtInfoMsg)

const QString GeometryKey = QStringLiteral("LookupWindow/geometry");
const QString StateKey = QStringLiteral("LookupWindow/state");

QColor blend(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() + (accent.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (accent.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (accent.blueF() - base.blueF()) * amount));
}

} // namespace

LookupWindow::LookupWindow(AccountLookupService& service, DatabaseWorker& worker, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::LookupWindow>()), m_service(service), m_worker(worker)
{
    m_ui->setupUi(this);

    // Digits the agent reads back to the caller: a little larger than the rest.
    QFont nirFont = m_ui->nirLineEdit->font();
    nirFont.setPointSizeF(nirFont.pointSizeF() * 1.15);
    m_ui->nirLineEdit->setFont(nirFont);
    m_ui->nirLineEdit->setMinimumWidth(QFontMetrics(nirFont).horizontalAdvance(QStringLiteral("0 00 00 00 000 000 00"))
                                       * 3 / 2);

    // The bar keeps its place while hidden, so that the result below does not jump.
    QSizePolicy busyPolicy = m_ui->busyProgressBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyProgressBar->setSizePolicy(busyPolicy);
    m_ui->busyProgressBar->setRange(0, 0);
    m_ui->busyProgressBar->hide();

    setToneColor(m_ui->emptyLabel, Tone::Neutral);
    setToneColor(m_ui->resultHintLabel, Tone::Neutral);
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->emptyPage);

    m_ui->focusNirAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    //: Hint while no one is looked up; %1 is a keyboard shortcut (Ctrl+L).
    m_ui->emptyLabel->setText(tr("Press %1 at any time to type a new number.")
                                  .arg(m_ui->focusNirAction->shortcut().toString(QKeySequence::NativeText)));

    auto* databaseLabel = new QLabel(databaseDescription(), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setToolTip(m_worker.database().url().toString()); // a URL never holds a password
    databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(databaseLabel);

    connect(m_ui->nirLineEdit, &NirLineEdit::nirChanged, this, &LookupWindow::onNirChanged);
    connect(m_ui->nirLineEdit, &QLineEdit::returnPressed, this, &LookupWindow::lookUp);
    connect(m_ui->lookupPushButton, &QPushButton::clicked, this, &LookupWindow::lookUp);
    connect(m_ui->focusNirAction, &QAction::triggered, this, &LookupWindow::focusNirField);
    connect(m_ui->quitAction, &QAction::triggered, this, &LookupWindow::close);
    connect(&m_watcher, &QFutureWatcher<Result<AccountSummary>>::finished, this, &LookupWindow::onLookupFinished);

    onNirChanged(m_ui->nirLineEdit->nir(), m_ui->nirLineEdit->error());
    restoreSettings();
    m_ui->nirLineEdit->setFocus();
}

// A lookup still running only holds the service and the number, never the window: the watcher
// goes with the window, and the worker finishes the job before it is destroyed.
LookupWindow::~LookupWindow() = default;

void LookupWindow::lookUp()
{
    const Nir nir = m_ui->nirLineEdit->nir();
    if (nir.isNull())
        return;

    QFuture<Result<AccountSummary>> previous = m_watcher.future();
    if (!previous.isFinished())
        previous.cancel(); // skipped if it has not started; its answer is ignored anyway

    m_watchedSequence = ++m_sequence;
    m_resultNir = nir;
    setBusy(true);
    AccountLookupService* service = &m_service;
    m_watcher.setFuture(m_worker.run([service, nir] { return service->lookup(nir); }));
}

void LookupWindow::focusNirField()
{
    m_ui->nirLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->nirLineEdit->selectAll();
}

void LookupWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void LookupWindow::onNirChanged(const Nir& nir, Nir::Error error)
{
    m_ui->lookupPushButton->setEnabled(!nir.isNull());
    showNirStatus(error);

    // The answer on screen, or on its way, is for another number: it must not be taken for this one.
    if (!m_resultNir.isNull() && nir != m_resultNir) {
        ++m_sequence;
        m_resultNir = Nir();
        setBusy(false);
        showNothing();
    }
}

void LookupWindow::onLookupFinished()
{
    // A finished notice can arrive for a future that has since been replaced: only the watched
    // future counts, once, and only if the number has not changed since its lookup started.
    const QFuture<Result<AccountSummary>> future = m_watcher.future();
    if (!future.isFinished() || m_watchedSequence != m_sequence || m_shownSequence == m_watchedSequence)
        return;
    m_shownSequence = m_watchedSequence;
    setBusy(false);

    if (future.isCanceled() || future.resultCount() == 0) {
        qCWarning(lcUi) << "account lookup ended without an answer";
        showMessage(Tone::Problem, ErrorText::error(Error(ErrorCode::DatabaseUnavailable)), {});
        Q_EMIT lookupFinished();
        return;
    }

    const Result<AccountSummary> result = future.result();
    if (result.ok()) {
        m_ui->accountPanel->setSummary(result.value());
        m_ui->resultStackedWidget->setCurrentWidget(m_ui->accountPanel);
    } else if (result.error().code() == ErrorCode::NotFound) {
        showMessage(Tone::Neutral, tr("No insured person has this number."),
                    tr("Read the number back to the caller and check each digit."));
    } else {
        qCWarning(lcUi) << "account lookup failed:" << result.error().codeName() << result.error().detail();
        showMessage(Tone::Problem, ErrorText::error(result.error()),
                    tr("The number stays in the field: press Enter to try again."));
    }
    Q_EMIT lookupFinished();
}

void LookupWindow::showNirStatus(Nir::Error error)
{
    m_ui->nirStatusLabel->setText(ErrorText::nir(error));
    switch (error) {
    case Nir::Error::Empty:
        setToneColor(m_ui->nirStatusLabel, Tone::Neutral);
        break;
    case Nir::Error::None:
        setToneColor(m_ui->nirStatusLabel, Tone::Good);
        break;
    default:
        setToneColor(m_ui->nirStatusLabel, Tone::Problem);
        break;
    }
}

void LookupWindow::showMessage(Tone tone, const QString& text, const QString& hint)
{
    const QStyle::StandardPixmap icon
        = tone == Tone::Problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->resultIconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_ui->resultLabel->setText(text);
    m_ui->resultHintLabel->setText(hint);
    m_ui->resultHintLabel->setVisible(!hint.isEmpty());
    m_ui->accountPanel->clear();
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->messagePage);
}

void LookupWindow::showNothing()
{
    m_ui->accountPanel->clear();
    m_ui->resultLabel->clear();
    m_ui->resultHintLabel->clear();
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->emptyPage);
}

void LookupWindow::setBusy(bool busy)
{
    m_lookingUp = busy;
    m_ui->busyProgressBar->setVisible(busy);
}

void LookupWindow::setToneColor(QWidget* widget, Tone tone)
{
    // The words say it all; the colour only helps the eye. Darker on light themes, lighter on
    // dark ones, so that it stays readable.
    QPalette colors = palette();
    const QColor text = colors.color(QPalette::WindowText);
    const bool dark = colors.color(QPalette::Window).lightnessF() < 0.5;
    switch (tone) {
    case Tone::Neutral:
        colors.setColor(QPalette::WindowText, blend(text, colors.color(QPalette::Window), 0.3));
        break;
    case Tone::Good:
        colors.setColor(QPalette::WindowText, dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20));
        break;
    case Tone::Problem:
        colors.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
        break;
    }
    widget->setPalette(colors);
}

QString LookupWindow::databaseDescription() const
{
    const DatabaseUrl& url = m_worker.database().url();
    if (url.engine() == DatabaseUrl::Engine::Sqlite)
        //: Status bar; %1 is the name of the SQLite file.
        return tr("Database: SQLite, %1").arg(QFileInfo(url.path()).fileName());
    const QString server = url.hostName().startsWith(QLatin1Char('/'))
        //: Status bar: the PostgreSQL server is reached through a socket on this computer.
        ? tr("this computer")
        : url.hostName() + QLatin1Char(':') + QString::number(url.port());
    //: Status bar; %1 is the database name, %2 the server, %3 the user name.
    return tr("Database: PostgreSQL, %1 on %2 as %3").arg(url.databaseName(), server, url.userName());
}

void LookupWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

void LookupWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}
