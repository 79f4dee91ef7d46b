// LayoutChecks, the checks tst_deskrender and tst_windowsizes make on every screen: each kind of
// fault it must see (a text wider than its label or button, a control outside its window, two
// controls on top of each other), and what it must let pass (a clean form, an elided label, a
// word-wrapped label with room, content scrolled out of sight).
#include "support/LayoutChecks.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

namespace {

using Build = std::function<void(QWidget& window)>;

const QString LongText = QStringLiteral("Réinitialiser le mot de passe temporaire de l'assuré");

} // namespace

Q_DECLARE_METATYPE(Build)

class TestLayoutChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
};

void TestLayoutChecks::problems_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QString>("found"); // empty: nothing to say

    QTest::newRow("clean form") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Nom"), &window));
        layout->addWidget(new QPushButton(QStringLiteral("&Valider"), &window));
        layout->addWidget(new QCheckBox(QStringLiteral("Certifié"), &window));
    }) << QString();
    QTest::newRow("label too narrow") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel(LongText, &window);
        label->setObjectName(QStringLiteral("narrowLabel"));
        label->setFixedWidth(60);
        layout->addWidget(label);
    }) << QStringLiteral("narrowLabel");
    QTest::newRow("elided label") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel(&window);
        label->setFixedWidth(60);
        label->setText(label->fontMetrics().elidedText(LongText, Qt::ElideMiddle, 60));
        layout->addWidget(label);
    }) << QString();
    QTest::newRow("button too narrow") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* button = new QPushButton(LongText, &window);
        button->setObjectName(QStringLiteral("narrowButton"));
        button->setFixedWidth(80);
        layout->addWidget(button);
    }) << QStringLiteral("narrowButton");
    QTest::newRow("check box too narrow") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* box = new QCheckBox(LongText, &window);
        box->setObjectName(QStringLiteral("narrowBox"));
        box->setFixedWidth(80);
        layout->addWidget(box);
    }) << QStringLiteral("narrowBox");
    QTest::newRow("wrapped with room") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel(LongText + QLatin1Char(' ') + LongText, &window);
        label->setWordWrap(true);
        layout->addWidget(label);
    }) << QString();
    QTest::newRow("wrapped word too long") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel(QStringLiteral("Anticonstitutionnellement"), &window);
        label->setObjectName(QStringLiteral("wrappedLabel"));
        label->setWordWrap(true);
        label->setFixedWidth(40);
        layout->addWidget(label);
    }) << QStringLiteral("wrappedLabel");
    QTest::newRow("outside the window") << Build([](QWidget& window) {
        auto* label = new QLabel(QStringLiteral("OK"), &window);
        label->setObjectName(QStringLiteral("outsideLabel"));
        label->setGeometry(window.width() - 10, 10, 50, 20);
    }) << QStringLiteral("outsideLabel");
    QTest::newRow("scrolled out of sight") << Build([](QWidget& window) {
        auto* layout = new QVBoxLayout(&window);
        auto* area = new QScrollArea(&window);
        auto* content = new QWidget;
        content->setFixedSize(2000, 2000);
        auto* far = new QLabel(QStringLiteral("Loin"), content);
        far->move(1900, 1900);
        area->setWidget(content);
        layout->addWidget(area);
    }) << QString();
    QTest::newRow("overlapping") << Build([](QWidget& window) {
        auto* layout = new QHBoxLayout(&window);
        auto* first = new QLabel(QStringLiteral("Un"), &window);
        first->setObjectName(QStringLiteral("firstLabel"));
        auto* second = new QLabel(QStringLiteral("Deux"), &window);
        second->setObjectName(QStringLiteral("secondLabel"));
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        second->setGeometry(first->geometry().translated(4, 0)); // as a broken layout would
    }) << QStringLiteral("firstLabel (QLabel) at");
}

void TestLayoutChecks::problems()
{
    QFETCH(Build, build);
    QFETCH(QString, found);
    QWidget window;
    window.resize(400, 300);
    build(window);
    if (!window.isVisible()) {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    const QStringList problems = LayoutChecks::problems(&window);
    if (found.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().startsWith(found), qPrintable(problems.constFirst()));
    }
}

QTEST_MAIN(TestLayoutChecks)
#include "tst_layoutchecks.moc"
