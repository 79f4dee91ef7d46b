#pragma once

class AgentAuthService;
class CallService;
class CertificationService;
class DatabaseWorker;
class HelpdeskService;

// What the desk's widgets talk to: the model's services and the worker that runs them off the UI
// thread. Everything referenced must outlive the widgets (guichet_main and the tests own them).
struct DeskServices
{
    AgentAuthService& auth;
    CallService& calls;
    HelpdeskService& helpdesk;
    CertificationService& certification;
    DatabaseWorker& worker;
};
