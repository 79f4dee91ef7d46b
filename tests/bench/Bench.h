#pragma once

// guichet-bench's shared pieces: one engine's seeded database, its raw connection, the options,
// and the sections (each in its own file) that fill a JSON object.
#include "RawDb.h"
#include "agents/AgentSession.h"
#include "db/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Bench {

struct Options
{
    QStringList engines;
    QString pgUrl; // the server (a user who may CREATE DATABASE)
    int accounts = 2000;
    int rounds = 2000;
    QList<int> threads{1, 8, 50, 200};
    QList<int> sqliteThreads{1, 8};
    double seconds = 5.0;
    bool smoke = false;
    // The sections to run (all when empty): seeding, lookup, desk, actions, history, desktop.
    QStringList sections;
    bool runs(const QString& section) const { return sections.isEmpty() || sections.contains(section); }
    QString guichet; // the desktop binary
    QString json;
};

struct Engine
{
    QString name; // "sqlite", "postgresql"
    QString url; // the seeded database
    QString scratchUrl; // a second, empty (migrated) database for the raw bulk load
    std::unique_ptr<Database> database;
    std::unique_ptr<RawDb> raw;
    QStringList nirs; // digits of existing persons with an account
    QString agentPassword;
    double seedSeconds = 0;
    int seededAccounts = 0;
};

// p50/p95 in microseconds of a sample.
struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};
Percentiles percentiles(std::vector<double> micros);

[[noreturn]] void fail(const QString& what);
QString sqlAgentColumns(bool postgresql);

// The agent (and supervisor) the bench signs in with, made by prepare.
inline const QString AgentLogin = QStringLiteral("bench.agent");
inline const QString SupervisorLogin = QStringLiteral("bench.super");
Result<AgentSession> signIn(Engine& engine, const QString& login, int workstation);

// Each fills and returns its section; "ok": false with "error" when it could not run.
QJsonObject lookup(Engine& engine, const Options& options);
QJsonObject desk(Engine& engine, const Options& options);
QJsonObject actions(Engine& engine, const Options& options, const QList<int>& threads);
QJsonObject history(Engine& engine, const Options& options);
QJsonObject seeding(Engine& engine, const Options& options);
QJsonObject desktop(Engine& engine, const Options& options);

} // namespace Bench
