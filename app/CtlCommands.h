#pragma once

#include "Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

class Nir;
struct CivilStatus;

// guichetctl's commands. Each one validates its input, calls a model service and prints one
// JSON object (CtlOutput); the return value is the process exit code.
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommands)

public:
    explicit CtlCommands(QCommandLineParser& parser);
    ~CtlCommands();
    Q_DISABLE_COPY_MOVE(CtlCommands)

    static void addOptions(QCommandLineParser& parser);
    static QString commandSummary();

    int run(const QStringList& arguments);

private:
    int init();
    int nirCheck(const QStringList& arguments);
    int addIdentity(bool toRegister);
    int seedDemo();

    // Opens the database named by --database / GUICHET_DATABASE / the default, brought to the
    // latest schema. On failure prints the error and returns false with *exitCode set.
    bool openDatabase(int* exitCode);
    // Reads --nir and the civil-status options; prints the problem and returns false if any.
    bool readIdentity(Nir* nir, CivilStatus* civilStatus, int* exitCode);
    int refusedByModel(const Error& error);

    QCommandLineParser& m_parser;
    std::unique_ptr<Database> m_database;
    int m_schemaVersion = 0;
};
