#include "common/AboutDialog.h"

#include "core/BuildInfo.h"
#include "ui_AboutDialog.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPushButton>

AboutDialog::AboutDialog(int schemaVersion, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->productLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->productLabel->setFont(title);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_ui->iconLabel->setAccessibleName(tr("Guichet's icon"));

    m_ui->versionLabel->setText(BuildInfo::version());
    m_ui->commitLabel->setText(BuildInfo::commit());
    m_ui->schemaLabel->setText(schemaVersion > 0
                                   //: The database's schema version, a number.
                                   ? tr("version %1").arg(schemaVersion)
                                   : tr("unknown"));
    //: %1 is the version of Qt the application runs on, %2 the one it was built with.
    m_ui->qtVersionLabel->setText(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->licencesLabel->setText(
        //: Rich text; keep the tags and the licences' names.
        tr("<p>Guichet uses these libraries, under their licences:</p>"
           "<ul>"
           "<li><a href=\"https://www.qt.io/\">Qt</a>: GNU LGPL version 3</li>"
           "<li><a href=\"https://github.com/frankosterfeld/qtkeychain\">QtKeychain</a>: BSD 3-Clause</li>"
           "<li><a href=\"https://libsodium.org/\">libsodium</a>: ISC</li>"
           "</ul>"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::showOnce(QPointer<AboutDialog>* dialog, int schemaVersion, QWidget* parent)
{
    if (*dialog) {
        (*dialog)->raise();
        return;
    }
    *dialog = new AboutDialog(schemaVersion, parent);
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    (*dialog)->open();
}
