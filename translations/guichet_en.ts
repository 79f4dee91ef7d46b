<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountPanel</name>
    <message>
        <source>Insured person</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Social-security number:</source>
        <translation>Social-security number:</translation>
    </message>
    <message>
        <source>Certification:</source>
        <extracomment>Whether the social-security number was checked against the national register.</extracomment>
        <translation>Certification:</translation>
    </message>
    <message>
        <source>Number type:</source>
        <extracomment>Whether the social-security number is definitive or provisional.</extracomment>
        <translation>Number type:</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Portal account</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <source>Locked since:</source>
        <translation>Locked since:</translation>
    </message>
    <message>
        <source>Failed password attempts:</source>
        <extracomment>How many wrong passwords were typed on the portal in a row.</extracomment>
        <translation>Failed password attempts:</translation>
    </message>
    <message>
        <source>Last failed attempt:</source>
        <translation>Last failed attempt:</translation>
    </message>
    <message>
        <source>Temporary password issued:</source>
        <translation>Temporary password issued:</translation>
    </message>
    <message>
        <source>Temporary password expires:</source>
        <translation>Temporary password expires:</translation>
    </message>
    <message>
        <source>Temporary password used:</source>
        <translation>Temporary password used:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Shown instead of a date that the database does not have.</extracomment>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>When the temporary password expires; %1 is a date and time in the past.</extracomment>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>%1 (less than a day left)</source>
        <extracomment>When the temporary password expires; %1 is a date and time less than 24 hours ahead.</extracomment>
        <translation>%1 (less than a day left)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <extracomment>When the temporary password expires; %1 is a date and time, %n the whole days left.</extracomment>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>No portal account</source>
        <extracomment>State of a person&apos;s portal account, shown as a headline.</extracomment>
        <translation>No portal account</translation>
    </message>
    <message>
        <source>Pending activation</source>
        <extracomment>State of a portal account: registered, temporary password not yet activated.</extracomment>
        <translation>Pending activation</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a portal account: the holder can log in.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>State of a portal account: locked after too many wrong passwords.</extracomment>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Temporary password expired</source>
        <extracomment>State of a portal account: the temporary password was not activated in time.</extracomment>
        <translation>Temporary password expired</translation>
    </message>
    <message>
        <source>The holder can log in to the portal.</source>
        <translation>The holder can log in to the portal.</translation>
    </message>
    <message numerus="yes">
        <source>Locked since %1 after %n failed password attempt(s). The holder cannot log in until the account is unlocked.</source>
        <extracomment>%1 is a date and time; %n the number of failed attempts.</extracomment>
        <translation>
            <numerusform>Locked since %1 after %n failed password attempt. The holder cannot log in until the account is unlocked.</numerusform>
            <numerusform>Locked since %1 after %n failed password attempts. The holder cannot log in until the account is unlocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder has registered and must activate the temporary password before %1.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>The holder has registered and must activate the temporary password before %1.</translation>
    </message>
    <message>
        <source>The holder has registered but has not activated the account yet.</source>
        <translation>The holder has registered but has not activated the account yet.</translation>
    </message>
    <message>
        <source>The temporary password expired on %1 without being activated. The holder must register again, or the desk issues a new temporary password.</source>
        <extracomment>%1 is a date and time in the past.</extracomment>
        <translation>The temporary password expired on %1 without being activated. The holder must register again, or the desk issues a new temporary password.</translation>
    </message>
    <message>
        <source>This person has not registered on the portal.</source>
        <translation>This person has not registered on the portal.</translation>
    </message>
    <message>
        <source>This person has not registered on the portal, and cannot until the social-security number is certified.</source>
        <translation>This person has not registered on the portal, and cannot until the social-security number is certified.</translation>
    </message>
    <message>
        <source>Certified</source>
        <extracomment>The social-security number was checked against the national register.</extracomment>
        <translation>Certified</translation>
    </message>
    <message>
        <source>The name and e-mail address stay masked until the caller&apos;s identity is verified.</source>
        <translation>The name and e-mail address stay masked until the caller&apos;s identity is verified.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the temporary password has been used to log in: yes, no (expired unused), not yet.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <source>The portal refuses registration with a number that is not certified: it must be certified first.</source>
        <translation>The portal refuses registration with a number that is not certified: it must be certified first.</translation>
    </message>
    <message>
        <source>Provisional, not yet definitive</source>
        <extracomment>A provisional social-security number starts with 3, 4, 7 or 8.</extracomment>
        <translation>Provisional, not yet definitive</translation>
    </message>
    <message>
        <source>Last e-mail:</source>
        <translation>Last e-mail:</translation>
    </message>
    <message>
        <source>Change of address:</source>
        <translation>Change of address:</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
    <message>
        <source>This caller&apos;s earlier calls, newest first.</source>
        <translation>This caller&apos;s earlier calls, newest first.</translation>
    </message>
    <message>
        <source>Columns of the earlier calls</source>
        <translation>Columns of the earlier calls</translation>
    </message>
    <message>
        <source>Rows of the earlier calls</source>
        <translation>Rows of the earlier calls</translation>
    </message>
    <message>
        <source>Select all earlier calls</source>
        <translation>Select all earlier calls</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <extracomment>Kind of the last mail sent for an account.</extracomment>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Code for a new address</source>
        <translation>Code for a new address</translation>
    </message>
    <message>
        <source>Notice of a change of address</source>
        <translation>Notice of a change of address</translation>
    </message>
    <message numerus="yes">
        <source>%1: waiting to be sent since %2 (%n attempt(s) so far)</source>
        <extracomment>%1 kind of mail, %2 date; %n delivery attempts so far.</extracomment>
        <translation>
            <numerusform>%1: waiting to be sent since %2 (%n attempt so far)</numerusform>
            <numerusform>%1: waiting to be sent since %2 (%n attempts so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting to be sent since %2</source>
        <extracomment>%1 kind of mail, %2 date and time.</extracomment>
        <translation>%1: waiting to be sent since %2</translation>
    </message>
    <message>
        <source>%1: sent on %2</source>
        <extracomment>%1 kind of mail, %2 date and time.</extracomment>
        <translation>%1: sent on %2</translation>
    </message>
    <message>
        <source>%1: not delivered, delivery abandoned (%2)</source>
        <extracomment>%1 kind of mail; %2 the mail server&apos;s reason, technical, in English.</extracomment>
        <translation>%1: not delivered, delivery abandoned (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>A new address waits for the code the caller received; it applies once the code is confirmed.</source>
        <translation>A new address waits for the code the caller received; it applies once the code is confirmed.</translation>
    </message>
    <message>
        <source>No earlier call from this person.</source>
        <translation>No earlier call from this person.</translation>
    </message>
    <message>
        <source>Scroll the earlier calls sideways</source>
        <translation>Scroll the earlier calls sideways</translation>
    </message>
    <message>
        <source>Scroll the earlier calls</source>
        <translation>Scroll the earlier calls</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Say in a few words why (at least 3 characters).</source>
        <translation>Say in a few words why (at least 3 characters).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>C&amp;onfirm the code</source>
        <translation>C&amp;onfirm the code</translation>
    </message>
    <message>
        <source>&amp;Unlock the account</source>
        <translation>&amp;Unlock the account</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Unlock the account</translation>
    </message>
    <message>
        <source>Clears the lock after too many wrong passwords (Ctrl+Shift+U).</source>
        <translation>Clears the lock after too many wrong passwords (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>&amp;Reissue a temporary password</source>
        <translation>&amp;Reissue a temporary password</translation>
    </message>
    <message>
        <source>Reissue a temporary password</source>
        <translation>Reissue a temporary password</translation>
    </message>
    <message>
        <source>Sends a new temporary password to the address on file; you never see it (Ctrl+Shift+R).</source>
        <translation>Sends a new temporary password to the address on file; you never see it (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Correct the e-&amp;mail address</source>
        <translation>Correct the e-&amp;mail address</translation>
    </message>
    <message>
        <source>Correct the e-mail address</source>
        <translation>Correct the e-mail address</translation>
    </message>
    <message>
        <source>Sends a 6-digit code to the new address; the change applies once the caller reads it back (Ctrl+Shift+E).</source>
        <translation>Sends a 6-digit code to the new address; the change applies once the caller reads it back (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>&amp;Certify the number</source>
        <translation>&amp;Certify the number</translation>
    </message>
    <message>
        <source>Certify the number</source>
        <translation>Certify the number</translation>
    </message>
    <message>
        <source>Checks the number and civil status against the national register; supervisors only.</source>
        <translation>Checks the number and civil status against the national register; supervisors only.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Confirmation code</translation>
    </message>
    <message>
        <source>The 6 digits the caller reads from the mail sent to the new address.</source>
        <translation>The 6 digits the caller reads from the mail sent to the new address.</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <source>Applies the new e-mail address if the code is right.</source>
        <translation>Applies the new e-mail address if the code is right.</translation>
    </message>
    <message>
        <source>Code &amp;read by the caller:</source>
        <translation>Code &amp;read by the caller:</translation>
    </message>
    <message>
        <source>Operation under way</source>
        <translation>Operation under way</translation>
    </message>
    <message>
        <source>Why are you unlocking this account? The reason is kept in the audit trail.</source>
        <translation>Why are you unlocking this account? The reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Reason for the unlock</source>
        <translation>Reason for the unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message numerus="yes">
        <source>Why are you sending a new temporary password? The previous one stops working; the new one goes to the address on file and is valid %n day(s).</source>
        <translation>
            <numerusform>Why are you sending a new temporary password? The previous one stops working; the new one goes to the address on file and is valid %n day.</numerusform>
            <numerusform>Why are you sending a new temporary password? The previous one stops working; the new one goes to the address on file and is valid %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the reissue</source>
        <translation>Reason for the reissue</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Type the new address as the caller spells it. A 6-digit code goes to it; the address changes once the caller reads the code back.</source>
        <translation>Type the new address as the caller spells it. A 6-digit code goes to it; the address changes once the caller reads the code back.</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <source>Send the code</source>
        <translation>Send the code</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>Message strip while an operation runs.</extracomment>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>&amp;Reason for the call:</source>
        <translation>&amp;Reason for the call:</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Reason for the call</translation>
    </message>
    <message>
        <source>Why the caller phones; it chooses the guided script.</source>
        <translation>Why the caller phones; it chooses the guided script.</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Start call</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Start call</translation>
    </message>
    <message>
        <source>Opens a call with the chosen reason (Ctrl+N).</source>
        <translation>Opens a call with the chosen reason (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;End call…</source>
        <translation>&amp;End call…</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <source>Records how the call ended and closes it (Ctrl+E).</source>
        <translation>Records how the call ended and closes it (Ctrl+E).</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Call duration</translation>
    </message>
    <message>
        <source>A call is already in progress: end it first.</source>
        <translation>A call is already in progress: end it first.</translation>
    </message>
    <message>
        <source>No call is in progress.</source>
        <translation>No call is in progress.</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <extracomment>Call bar, while a call is open.</extracomment>
        <translation>Call in progress</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>No call in progress</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Accessible description of the call timer; %1 minutes, %2 seconds.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>CallCatalog</name>
    <message>
        <source>Cannot register</source>
        <translation>Cannot register</translation>
    </message>
    <message>
        <source>Wrong e-mail address given</source>
        <translation>Wrong e-mail address given</translation>
    </message>
    <message>
        <source>Password and secret answer forgotten</source>
        <translation>Password and secret answer forgotten</translation>
    </message>
    <message>
        <source>Social-security number refused</source>
        <translation>Social-security number refused</translation>
    </message>
    <message>
        <source>Password not received</source>
        <translation>Password not received</translation>
    </message>
    <message>
        <source>Wrong password / account locked</source>
        <translation>Wrong password / account locked</translation>
    </message>
    <message>
        <source>Not identified at registration</source>
        <translation>Not identified at registration</translation>
    </message>
    <message>
        <source>Temporary password expired</source>
        <translation>Temporary password expired</translation>
    </message>
    <message>
        <source>Calling for someone else</source>
        <translation>Calling for someone else</translation>
    </message>
    <message>
        <source>Browser security warning</source>
        <translation>Browser security warning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Caller could not be verified</source>
        <translation>Caller could not be verified</translation>
    </message>
    <message>
        <source>Redirected to the pension fund (3960)</source>
        <translation>Redirected to the pension fund (3960)</translation>
    </message>
    <message>
        <source>Refused: calling for someone else</source>
        <translation>Refused: calling for someone else</translation>
    </message>
    <message>
        <source>Caller will call back</source>
        <translation>Caller will call back</translation>
    </message>
    <message>
        <source>Call interrupted</source>
        <translation>Call interrupted</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Looks the caller up by this number (Enter in the field).</source>
        <translation>Looks the caller up by this number (Enter in the field).</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Looking up</translation>
    </message>
    <message>
        <source>Social-security &amp;number:</source>
        <translation>Social-security &amp;number:</translation>
    </message>
    <message>
        <source>Caller&apos;s account</source>
        <translation>Caller&apos;s account</translation>
    </message>
    <message>
        <source>Start a call first: nothing about a caller can be done outside a call.</source>
        <translation>Start a call first: nothing about a caller can be done outside a call.</translation>
    </message>
    <message>
        <source>Ask the caller for their social-security number, type it above and press Enter.
Ctrl+L brings you back to the number at any time.</source>
        <extracomment>Hint while no one is looked up during a call.</extracomment>
        <translation>Ask the caller for their social-security number, type it above and press Enter.
Ctrl+L brings you back to the number at any time.</translation>
    </message>
    <message>
        <source>No call in progress.
Choose the reason for the call above and press Ctrl+N to start it.</source>
        <translation>No call in progress.
Choose the reason for the call above and press Ctrl+N to start it.</translation>
    </message>
</context>
<context>
    <name>CtlAdminCommands</name>
    <message>
        <source>agent add: agent, supervisor or admin.</source>
        <translation>agent add: agent, supervisor or admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>agent add: the agent&apos;s full name.</source>
        <translation>agent add: the agent&apos;s full name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>audit list: only events of the account of this NIR.</source>
        <translation>audit list: only events of the account of this NIR.</translation>
    </message>
    <message>
        <source>nir</source>
        <translation>nir</translation>
    </message>
    <message>
        <source>audit list: only events since this ISO 8601 instant.</source>
        <translation>audit list: only events since this ISO 8601 instant.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>audit list: at most this many events (default 200).</source>
        <translation>audit list: at most this many events (default 200).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Use: agent add LOGIN --role ROLE [--name NAME] | agent disable LOGIN | agent enable LOGIN</source>
        <translation>Use: agent add LOGIN --role ROLE [--name NAME] | agent disable LOGIN | agent enable LOGIN</translation>
    </message>
    <message>
        <source>agent add needs --role agent, supervisor or admin.</source>
        <translation>agent add needs --role agent, supervisor or admin.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters from 3 of these 4 kinds: lower case, upper case, digits, other characters (and a login without spaces).</source>
        <translation>The password needs at least 8 characters from 3 of these 4 kinds: lower case, upper case, digits, other characters (and a login without spaces).</translation>
    </message>
    <message>
        <source>Use: audit verify | audit list [--account NIR] [--agent LOGIN] [--since ISO8601]</source>
        <translation>Use: audit verify | audit list [--account NIR] [--agent LOGIN] [--since ISO8601]</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 instant.</source>
        <translation>--since must be an ISO 8601 instant.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit must be a positive number.</translation>
    </message>
</context>
<context>
    <name>CtlCommands</name>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation>Language of the messages: fr or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Social-security number (identity add, register add).</source>
        <translation>Social-security number (identity add, register add).</translation>
    </message>
    <message>
        <source>nir</source>
        <translation>nir</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Last name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>First names.</source>
        <translation>First names.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Date of birth, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Place of birth (commune, or country when born abroad).</source>
        <translation>Place of birth (commune, or country when born abroad).</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>identity add: the NIR is not certified yet.</source>
        <translation>identity add: the NIR is not certified yet.</translation>
    </message>
    <message>
        <source>seed-demo: number of portal accounts to create.</source>
        <translation>seed-demo: number of portal accounts to create.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>seed-demo: seed of the generator (same seed, same data).</source>
        <translation>seed-demo: seed of the generator (same seed, same data).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>nir check takes exactly one argument (quote a number typed with spaces).</source>
        <translation>nir check takes exactly one argument (quote a number typed with spaces).</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>--uncertified applies to identity add only.</source>
        <translation>--uncertified applies to identity add only.</translation>
    </message>
    <message>
        <source>seed-demo needs --accounts N, with N between 1 and 10000000.</source>
        <translation>seed-demo needs --accounts N, with N between 1 and 10000000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed must be a non-negative integer.</translation>
    </message>
    <message>
        <source>Commands:
  init                         create or migrate the schema
  nir check INPUT              validate a social-security number
  identity add --nir … --last-name … --first-names … --birth-date … --birth-place … [--uncertified]
  register add --nir … (same fields)   add a national-register reference entry
  seed-demo --accounts N [--seed S]    fill an empty database with demo data
  agent add LOGIN --role agent|supervisor|admin [--name NAME]   (password: GUICHET_PASSWORD or stdin)
  agent disable LOGIN | agent enable LOGIN
  portal register|login|activate|reset-with-secret …   the portal simulator
  desk --agent LOGIN call-start|lookup|verify|call-end|unlock|reissue|email|email-confirm|certify|unlock-bulk …
  mailer run --once --deliver-to-dir DIR
  audit verify | audit list [--account NIR] [--agent LOGIN] [--since ISO8601]
</source>
        <translation>Commands:
  init                         create or migrate the schema
  nir check INPUT              validate a social-security number
  identity add --nir … --last-name … --first-names … --birth-date … --birth-place … [--uncertified]
  register add --nir … (same fields)   add a national-register reference entry
  seed-demo --accounts N [--seed S]    fill an empty database with demo data
  agent add LOGIN --role agent|supervisor|admin [--name NAME]   (password: GUICHET_PASSWORD or stdin)
  agent disable LOGIN | agent enable LOGIN
  portal register|login|activate|reset-with-secret …   the portal simulator
  desk --agent LOGIN call-start|lookup|verify|call-end|unlock|reissue|email|email-confirm|certify|unlock-bulk …
  mailer run --once --deliver-to-dir DIR
  audit verify | audit list [--account NIR] [--agent LOGIN] [--since ISO8601]
</translation>
    </message>
</context>
<context>
    <name>CtlDeskCommands</name>
    <message>
        <source>%1 (changed by %2)</source>
        <translation>%1 (changed by %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>desk: the agent&apos;s login (password from GUICHET_AGENT_PASSWORD or standard input).</source>
        <translation>desk: the agent&apos;s login (password from GUICHET_AGENT_PASSWORD or standard input).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>desk: the call id.</source>
        <translation>desk: the call id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>desk: call reason code (call-start), or why the action is taken.</source>
        <translation>desk: call reason code (call-start), or why the action is taken.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>desk call-end: how the call ended.</source>
        <translation>desk call-end: how the call ended.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>desk call-end: a note.</source>
        <translation>desk call-end: a note.</translation>
    </message>
    <message>
        <source>desk unlock-bulk: a CSV file whose first column holds the NIRs.</source>
        <translation>desk unlock-bulk: a CSV file whose first column holds the NIRs.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>desk: an idempotency key; a replayed request has one effect.</source>
        <translation>desk: an idempotency key; a replayed request has one effect.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>desk commands need --agent LOGIN.</source>
        <translation>desk commands need --agent LOGIN.</translation>
    </message>
    <message>
        <source>This command needs --call ID.</source>
        <translation>This command needs --call ID.</translation>
    </message>
    <message>
        <source>Unknown desk command: %1</source>
        <translation>Unknown desk command: %1</translation>
    </message>
    <message>
        <source>Wrong number of arguments for desk %1.</source>
        <translation>Wrong number of arguments for desk %1.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>call-end needs --outcome CODE.</source>
        <translation>call-end needs --outcome CODE.</translation>
    </message>
    <message>
        <source>unlock needs --reason TEXT.</source>
        <translation>unlock needs --reason TEXT.</translation>
    </message>
    <message>
        <source>reissue needs --reason TEXT.</source>
        <translation>reissue needs --reason TEXT.</translation>
    </message>
    <message>
        <source>unlock-bulk needs --file CSV and --reason TEXT.</source>
        <translation>unlock-bulk needs --file CSV and --reason TEXT.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>CtlMailerCommands</name>
    <message>
        <source>mailer run: deliver what is due once, then stop.</source>
        <translation>mailer run: deliver what is due once, then stop.</translation>
    </message>
    <message>
        <source>mailer run: write each message as an .eml file into this folder.</source>
        <translation>mailer run: write each message as an .eml file into this folder.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Unknown mailer command: %1</source>
        <translation>Unknown mailer command: %1</translation>
    </message>
    <message>
        <source>mailer run: deliver over SMTP: smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port]; the password comes from GUICHET_SMTP_PASSWORD.</source>
        <translation>mailer run: deliver over SMTP: smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port]; the password comes from GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>mailer run --smtp: also trust the certificates of this PEM file.</source>
        <translation>mailer run --smtp: also trust the certificates of this PEM file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>  mailer run (--deliver-to-dir DIR | --smtp URL [--smtp-ca FILE]) [--once]
                                           deliver the mail outbox (until SIGINT/SIGTERM without --once)
</source>
        <translation>  mailer run (--deliver-to-dir DIR | --smtp URL [--smtp-ca FILE]) [--once]
                                           deliver the mail outbox (until SIGINT/SIGTERM without --once)
</translation>
    </message>
    <message>
        <source>mailer run needs exactly one of --deliver-to-dir DIR and --smtp URL.</source>
        <translation>mailer run needs exactly one of --deliver-to-dir DIR and --smtp URL.</translation>
    </message>
    <message>
        <source>mailer run --deliver-to-dir needs a folder and takes no --smtp-ca.</source>
        <translation>mailer run --deliver-to-dir needs a folder and takes no --smtp-ca.</translation>
    </message>
    <message>
        <source>Invalid --smtp URL (%1): expected smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</source>
        <translation>Invalid --smtp URL (%1): expected smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</translation>
    </message>
    <message>
        <source>--smtp-ca needs a PEM file.</source>
        <translation>--smtp-ca needs a PEM file.</translation>
    </message>
    <message>
        <source>--smtp names a user: set its password in GUICHET_SMTP_PASSWORD.</source>
        <translation>--smtp names a user: set its password in GUICHET_SMTP_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>CtlPortalCommands</name>
    <message>
        <source>portal register: e-mail address of the account.</source>
        <translation>portal register: e-mail address of the account.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>portal register: the secret question.</source>
        <translation>portal register: the secret question.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>portal register: the answer to the secret question.</source>
        <translation>portal register: the answer to the secret question.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>portal: the time of the action, ISO 8601 (UTC when no offset is given); default now.</source>
        <translation>portal: the time of the action, ISO 8601 (UTC when no offset is given); default now.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>  portal register --nir … --last-name … --first-names … --birth-date … --birth-place …
                  --email … --secret-question … --secret-answer … [--at TIME]
  portal login NIR PASSWORD [--at TIME]
  portal activate NIR TEMPORARY NEW-PASSWORD [--at TIME]
  portal reset-with-secret NIR ANSWER NEW-PASSWORD [--at TIME]
</source>
        <translation>  portal register --nir … --last-name … --first-names … --birth-date … --birth-place …
                  --email … --secret-question … --secret-answer … [--at TIME]
  portal login NIR PASSWORD [--at TIME]
  portal activate NIR TEMPORARY NEW-PASSWORD [--at TIME]
  portal reset-with-secret NIR ANSWER NEW-PASSWORD [--at TIME]
</translation>
    </message>
    <message>
        <source>Unknown portal command: %1</source>
        <translation>Unknown portal command: %1</translation>
    </message>
    <message>
        <source>--at must be an ISO 8601 date and time, such as 2026-03-02T09:30:00Z.</source>
        <translation>--at must be an ISO 8601 date and time, such as 2026-03-02T09:30:00Z.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: it needs one @, a domain with a dot, no spaces, and at most %1 characters.</source>
        <translation>The e-mail address is not valid: it needs one @, a domain with a dot, no spaces, and at most %1 characters.</translation>
    </message>
    <message>
        <source>The secret question and its answer must not be empty (at most %1 characters each), and the answer needs a letter or a digit.</source>
        <translation>The secret question and its answer must not be empty (at most %1 characters each), and the answer needs a letter or a digit.</translation>
    </message>
    <message>
        <source>portal login takes two arguments: NIR PASSWORD.</source>
        <translation>portal login takes two arguments: NIR PASSWORD.</translation>
    </message>
    <message>
        <source>portal activate takes three arguments: NIR TEMPORARY NEW-PASSWORD.</source>
        <translation>portal activate takes three arguments: NIR TEMPORARY NEW-PASSWORD.</translation>
    </message>
    <message>
        <source>No portal account has this social-security number.</source>
        <translation>No portal account has this social-security number.</translation>
    </message>
    <message>
        <source>portal reset-with-secret takes three arguments: NIR ANSWER NEW-PASSWORD.</source>
        <translation>portal reset-with-secret takes three arguments: NIR ANSWER NEW-PASSWORD.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Only supervisors can certify a social-security number.</source>
        <translation>Only supervisors can certify a social-security number.</translation>
    </message>
    <message>
        <source>Start a call first: nothing about a caller can be done outside a call.</source>
        <translation>Start a call first: nothing about a caller can be done outside a call.</translation>
    </message>
    <message>
        <source>Look the caller up first.</source>
        <translation>Look the caller up first.</translation>
    </message>
    <message>
        <source>Three identity checks failed in this call: no action is possible. End the call.</source>
        <translation>Three identity checks failed in this call: no action is possible. End the call.</translation>
    </message>
    <message numerus="yes">
        <source>The identity check is more than %n minute(s) old: verify the caller again.</source>
        <translation>
            <numerusform>The identity check is more than %n minute old: verify the caller again.</numerusform>
            <numerusform>The identity check is more than %n minutes old: verify the caller again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation>Verify the caller&apos;s identity first.</translation>
    </message>
    <message>
        <source>Wait for the operation under way to finish.</source>
        <translation>Wait for the operation under way to finish.</translation>
    </message>
    <message>
        <source>This person has no portal account.</source>
        <translation>This person has no portal account.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>The account is not locked.</translation>
    </message>
    <message>
        <source>No change of address is waiting for its code.</source>
        <translation>No change of address is waiting for its code.</translation>
    </message>
    <message>
        <source>A provisional number cannot be certified: the caller must contact their pension fund (3960).</source>
        <translation>A provisional number cannot be certified: the caller must contact their pension fund (3960).</translation>
    </message>
    <message>
        <source>The number is already certified.</source>
        <translation>The number is already certified.</translation>
    </message>
    <message>
        <source>No insured person has this number.</source>
        <translation>No insured person has this number.</translation>
    </message>
    <message>
        <source>Read the number back to the caller and check each digit.</source>
        <translation>Read the number back to the caller and check each digit.</translation>
    </message>
    <message>
        <source>The number stays in the field: press Enter to try again.</source>
        <translation>The number stays in the field: press Enter to try again.</translation>
    </message>
    <message numerus="yes">
        <source>Identity verified. Actions are possible for %n minute(s).</source>
        <extracomment>%n is the validity of the identity check in minutes.</extracomment>
        <translation>
            <numerusform>Identity verified. Actions are possible for %n minute.</numerusform>
            <numerusform>Identity verified. Actions are possible for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answers do not match the record. %n check(s) left in this call.</source>
        <translation>
            <numerusform>The answers do not match the record. %n check left in this call.</numerusform>
            <numerusform>The answers do not match the record. %n checks left in this call.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers do not match the record, for the third time: no action is possible in this call. End the call.</source>
        <translation>The answers do not match the record, for the third time: no action is possible in this call. End the call.</translation>
    </message>
    <message>
        <source>The account is unlocked: the holder can log in again.</source>
        <translation>The account is unlocked: the holder can log in again.</translation>
    </message>
    <message numerus="yes">
        <source>A new temporary password is on its way to the address on file. It works once, within %n day(s).</source>
        <extracomment>%n is the validity of a temporary password in days.</extracomment>
        <translation>
            <numerusform>A new temporary password is on its way to the address on file. It works once, within %n day.</numerusform>
            <numerusform>A new temporary password is on its way to the address on file. It works once, within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 6-digit code is on its way to the new address. Ask the caller to read it back, then type it in the code field.</source>
        <translation>A 6-digit code is on its way to the new address. Ask the caller to read it back, then type it in the code field.</translation>
    </message>
    <message>
        <source>The new address is confirmed. The previous address receives a notice.</source>
        <translation>The new address is confirmed. The previous address receives a notice.</translation>
    </message>
    <message>
        <source>The number is certified: the holder can now register on the portal.</source>
        <translation>The number is certified: the holder can now register on the portal.</translation>
    </message>
    <message>
        <source>Another desk changed this account meanwhile; nothing was done. The account was reloaded: check it and try again.</source>
        <translation>Another desk changed this account meanwhile; nothing was done. The account was reloaded: check it and try again.</translation>
    </message>
    <message>
        <source>%1 changed this account meanwhile; nothing was done. The account was reloaded: check it and try again.</source>
        <extracomment>%1 is the login of the agent who changed the account first.</extracomment>
        <translation>%1 changed this account meanwhile; nothing was done. The account was reloaded: check it and try again.</translation>
    </message>
    <message numerus="yes">
        <source>This is not the code that was sent. %n attempt(s) left.</source>
        <translation>
            <numerusform>This is not the code that was sent. %n attempt left.</numerusform>
            <numerusform>This is not the code that was sent. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the same action again: it will not be done twice.</source>
        <translation>Try the same action again: it will not be done twice.</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>first names</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>birth place</source>
        <translation>birth place</translation>
    </message>
    <message>
        <source>The national register differs on: %1. The number was not certified; the caller must contact their pension fund (3960).</source>
        <extracomment>%1 lists the civil-status fields that differ (&quot;birth place&quot;, &quot;last name, birth date&quot;).</extracomment>
        <translation>The national register differs on: %1. The number was not certified; the caller must contact their pension fund (3960).</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>agent</source>
        <extracomment>An agent&apos;s role, in the status bar.</extracomment>
        <translation>agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Guichet — %1</source>
        <extracomment>Window title; %1 is the agent&apos;s name.</extracomment>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Guided script</source>
        <translation>Guided script</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <extracomment>Status bar; %1 is the agent&apos;s name, %2 their role.</extracomment>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Start call</translation>
    </message>
    <message>
        <source>Choose the &amp;reason</source>
        <translation>Choose the &amp;reason</translation>
    </message>
    <message>
        <source>&amp;End call…</source>
        <translation>&amp;End call…</translation>
    </message>
    <message>
        <source>&amp;Look up a number</source>
        <translation>&amp;Look up a number</translation>
    </message>
    <message>
        <source>&amp;Verify identity</source>
        <translation>&amp;Verify identity</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen</source>
        <translation>Loc&amp;k the screen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Unlock the account…</source>
        <translation>&amp;Unlock the account…</translation>
    </message>
    <message>
        <source>&amp;Reissue a temporary password…</source>
        <translation>&amp;Reissue a temporary password…</translation>
    </message>
    <message>
        <source>Correct the e-&amp;mail address…</source>
        <translation>Correct the e-&amp;mail address…</translation>
    </message>
    <message>
        <source>&amp;Certify the number</source>
        <translation>&amp;Certify the number</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Scroll sideways</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Scroll</translation>
    </message>
</context>
<context>
    <name>EarlierCallsModel</name>
    <message>
        <source>Not ended</source>
        <extracomment>An earlier call that has no outcome yet (still open, or never closed).</extracomment>
        <translation>Not ended</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of the earlier calls table.</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <source>End the call</source>
        <translation>End the call</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>How the call ended.</source>
        <translation>How the call ended.</translation>
    </message>
    <message>
        <source>What was done, what the caller should do next</source>
        <translation>What was done, what the caller should do next</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A short note kept with the call. Write no password, code or full e-mail address.</source>
        <translation>A short note kept with the call. Write no password, code or full e-mail address.</translation>
    </message>
    <message>
        <source>Record how the call ended. The call closes when you confirm.</source>
        <translation>Record how the call ended. The call closes when you confirm.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <source>Keep the call open</source>
        <translation>Keep the call open</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Valid social-security number.</source>
        <translation>Valid social-security number.</translation>
    </message>
    <message>
        <source>Type the social-security number: 13 or 15 characters.</source>
        <translation>Type the social-security number: 13 or 15 characters.</translation>
    </message>
    <message>
        <source>Only digits are allowed, plus 2A or 2B for a birth in Corsica.</source>
        <translation>Only digits are allowed, plus 2A or 2B for a birth in Corsica.</translation>
    </message>
    <message>
        <source>A social-security number has 13 characters, or 15 with its key.</source>
        <translation>A social-security number has 13 characters, or 15 with its key.</translation>
    </message>
    <message>
        <source>The first digit must be 1 or 2 (3, 4, 7 or 8 for a provisional number).</source>
        <extracomment>The first digit of the NIR.</extracomment>
        <translation>The first digit must be 1 or 2 (3, 4, 7 or 8 for a provisional number).</translation>
    </message>
    <message>
        <source>The month of birth (4th and 5th digits) is not valid.</source>
        <translation>The month of birth (4th and 5th digits) is not valid.</translation>
    </message>
    <message>
        <source>The department of birth is not valid (01 to 95, 2A, 2B, 96, 971 to 989, or 99 abroad).</source>
        <translation>The department of birth is not valid (01 to 95, 2A, 2B, 96, 971 to 989, or 99 abroad).</translation>
    </message>
    <message>
        <source>The commune of birth cannot be zero.</source>
        <translation>The commune of birth cannot be zero.</translation>
    </message>
    <message>
        <source>The country of birth cannot be zero.</source>
        <translation>The country of birth cannot be zero.</translation>
    </message>
    <message>
        <source>The birth order number cannot be 000.</source>
        <translation>The birth order number cannot be 000.</translation>
    </message>
    <message>
        <source>The key (last two digits) must be between 01 and 97.</source>
        <translation>The key (last two digits) must be between 01 and 97.</translation>
    </message>
    <message>
        <source>The key does not match the number: check each digit with the caller.</source>
        <translation>The key does not match the number: check each digit with the caller.</translation>
    </message>
    <message>
        <source>The data given is incomplete or not valid.</source>
        <translation>The data given is incomplete or not valid.</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Nothing was found.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the connection settings or try again in a moment.</source>
        <translation>The database cannot be reached. Check the connection settings or try again in a moment.</translation>
    </message>
    <message>
        <source>The database refused the operation; nothing was changed.</source>
        <translation>The database refused the operation; nothing was changed.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Guichet. Install the update first.</source>
        <translation>The database was created by a newer version of Guichet. Install the update first.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment; nothing was changed.</source>
        <translation>The database is busy. Try again in a moment; nothing was changed.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>The database URL is empty.</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite: or postgresql://.</source>
        <translation>The database URL must start with sqlite: or postgresql://.</translation>
    </message>
    <message>
        <source>The SQLite database URL has no file path.</source>
        <translation>The SQLite database URL has no file path.</translation>
    </message>
    <message>
        <source>The PostgreSQL database URL has no host.</source>
        <translation>The PostgreSQL database URL has no host.</translation>
    </message>
    <message>
        <source>The PostgreSQL database URL has no database name.</source>
        <translation>The PostgreSQL database URL has no database name.</translation>
    </message>
    <message>
        <source>The port in the database URL is not valid.</source>
        <translation>The port in the database URL is not valid.</translation>
    </message>
    <message>
        <source>A password does not belong in the database URL; use PGPASSWORD or the .pgpass file.</source>
        <translation>A password does not belong in the database URL; use PGPASSWORD or the .pgpass file.</translation>
    </message>
    <message>
        <source>The database URL has an unknown option (only sslmode and host are accepted).</source>
        <translation>The database URL has an unknown option (only sslmode and host are accepted).</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>The last name is missing.</translation>
    </message>
    <message>
        <source>The last name may hold only letters, spaces, hyphens and apostrophes.</source>
        <translation>The last name may hold only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The first names are missing.</source>
        <translation>The first names are missing.</translation>
    </message>
    <message>
        <source>The first names may hold only letters, spaces, hyphens and apostrophes.</source>
        <translation>The first names may hold only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The date of birth is not valid (YYYY-MM-DD, not in the future).</source>
        <translation>The date of birth is not valid (YYYY-MM-DD, not in the future).</translation>
    </message>
    <message>
        <source>The date of birth does not match the year and month in the social-security number.</source>
        <translation>The date of birth does not match the year and month in the social-security number.</translation>
    </message>
    <message>
        <source>The place of birth is missing.</source>
        <translation>The place of birth is missing.</translation>
    </message>
    <message>
        <source>The place of birth holds characters that are not allowed.</source>
        <translation>The place of birth holds characters that are not allowed.</translation>
    </message>
    <message>
        <source>Someone else changed this account in the meantime; nothing was changed. Look it up again.</source>
        <translation>Someone else changed this account in the meantime; nothing was changed. Look it up again.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>The caller&apos;s identity has not been verified in this call.</source>
        <translation>The caller&apos;s identity has not been verified in this call.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>This call is not open at your desk (ended, or started by someone else).</source>
        <translation>This call is not open at your desk (ended, or started by someone else).</translation>
    </message>
    <message>
        <source>Look the caller up first.</source>
        <translation>Look the caller up first.</translation>
    </message>
    <message>
        <source>Three identity checks failed in this call: no action is possible on this account.</source>
        <translation>Three identity checks failed in this call: no action is possible on this account.</translation>
    </message>
    <message>
        <source>This person has no portal account yet.</source>
        <translation>This person has no portal account yet.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>The account is not locked.</translation>
    </message>
    <message>
        <source>A provisional social-security number cannot be certified; the caller must contact their pension fund (3960).</source>
        <translation>A provisional social-security number cannot be certified; the caller must contact their pension fund (3960).</translation>
    </message>
    <message>
        <source>The social-security number is already certified.</source>
        <translation>The social-security number is already certified.</translation>
    </message>
    <message>
        <source>The national register has no entry for this number; certification is not possible from the desk.</source>
        <translation>The national register has no entry for this number; certification is not possible from the desk.</translation>
    </message>
    <message>
        <source>The civil status differs from the national register; the number was not certified.</source>
        <translation>The civil status differs from the national register; the number was not certified.</translation>
    </message>
    <message>
        <source>No change of e-mail address is waiting for a code.</source>
        <translation>No change of e-mail address is waiting for a code.</translation>
    </message>
    <message>
        <source>The confirmation code has not been sent yet; wait a moment and ask again.</source>
        <translation>The confirmation code has not been sent yet; wait a moment and ask again.</translation>
    </message>
    <message>
        <source>The confirmation code has expired; start the change of address again.</source>
        <translation>The confirmation code has expired; start the change of address again.</translation>
    </message>
    <message>
        <source>The confirmation code is wrong.</source>
        <translation>The confirmation code is wrong.</translation>
    </message>
    <message>
        <source>Too many wrong codes; start the change of address again.</source>
        <translation>Too many wrong codes; start the change of address again.</translation>
    </message>
    <message>
        <source>This request key was already used for another action.</source>
        <translation>This request key was already used for another action.</translation>
    </message>
    <message>
        <source>This login is disabled (too many wrong passwords, or by an administrator). Ask an administrator to re-enable it.</source>
        <translation>This login is disabled (too many wrong passwords, or by an administrator). Ask an administrator to re-enable it.</translation>
    </message>
</context>
<context>
    <name>GuichetMain</name>
    <message>
        <source>Desk console of the online-services hotline.</source>
        <translation>Desk console of the online-services hotline.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME. Default: the GUICHET_DATABASE environment variable, else the file in your data folder.</source>
        <extracomment>Command-line help; keep sqlite:PATH and postgresql:// as they are.</extracomment>
        <translation>The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME. Default: the GUICHET_DATABASE environment variable, else the file in your data folder.</translation>
    </message>
    <message>
        <source>The language of the interface: fr or en. Default: the system&apos;s.</source>
        <extracomment>Command-line help.</extracomment>
        <translation>The language of the interface: fr or en. Default: the system&apos;s.</translation>
    </message>
    <message>
        <source>Guichet cannot start: the database address is not valid.</source>
        <translation>Guichet cannot start: the database address is not valid.</translation>
    </message>
    <message>
        <source>Guichet cannot open its database.</source>
        <translation>Guichet cannot open its database.</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <source>Social-security &amp;number:</source>
        <translation>Social-security &amp;number:</translation>
    </message>
    <message>
        <source>Look up the social-security number</source>
        <translation>Look up the social-security number</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <extracomment>Button: find the insured person who has the number typed.</extracomment>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Looking up</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <extracomment>Menu of what the agent does during a telephone call.</extracomment>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>&amp;Find a Caller by Number</source>
        <translation>&amp;Find a Caller by Number</translation>
    </message>
    <message>
        <source>Go to the social-security number field</source>
        <translation>Go to the social-security number field</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Press %1 at any time to type a new number.</source>
        <extracomment>Hint while no one is looked up; %1 is a keyboard shortcut (Ctrl+L).</extracomment>
        <translation>Press %1 at any time to type a new number.</translation>
    </message>
    <message>
        <source>No insured person has this number.</source>
        <translation>No insured person has this number.</translation>
    </message>
    <message>
        <source>Read the number back to the caller and check each digit.</source>
        <translation>Read the number back to the caller and check each digit.</translation>
    </message>
    <message>
        <source>The number stays in the field: press Enter to try again.</source>
        <translation>The number stays in the field: press Enter to try again.</translation>
    </message>
    <message>
        <source>Database: SQLite, %1</source>
        <extracomment>Status bar; %1 is the name of the SQLite file.</extracomment>
        <translation>Database: SQLite, %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>Status bar: the PostgreSQL server is reached through a socket on this computer.</extracomment>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Database: PostgreSQL, %1 on %2 as %3</source>
        <extracomment>Status bar; %1 is the database name, %2 the server, %3 the user name.</extracomment>
        <translation>Database: PostgreSQL, %1 on %2 as %3</translation>
    </message>
</context>
<context>
    <name>NirLineEdit</name>
    <message>
        <source>13 or 15 characters</source>
        <extracomment>Placeholder of the social-security number field.</extracomment>
        <translation>13 or 15 characters</translation>
    </message>
    <message>
        <source>Social-security number</source>
        <translation>Social-security number</translation>
    </message>
    <message>
        <source>13 characters, or 15 with the key. Spaces and dots are ignored; 2A and 2B are accepted for Corsica.</source>
        <translation>13 characters, or 15 with the key. Spaces and dots are ignored; 2A and 2B are accepted for Corsica.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Nothing about the caller is shown while the screen is locked; the call in progress stays open. Type your password to resume.</source>
        <extracomment>%1 is the agent&apos;s name, %2 their login.</extracomment>
        <translation>Signed in: %1 (%2). Nothing about the caller is shown while the screen is locked; the call in progress stays open. Type your password to resume.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Your desk password, to resume work.</source>
        <translation>Your desk password, to resume work.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Checks your password and shows the desk again.</source>
        <translation>Checks your password and shows the desk again.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Checking the password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Guided script</source>
        <translation>Guided script</translation>
    </message>
    <message>
        <source>The script shown; it follows the reason of the call, and you may open another one.</source>
        <translation>The script shown; it follows the reason of the call, and you may open another one.</translation>
    </message>
    <message>
        <source>Script steps</source>
        <translation>Script steps</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>Sc&amp;ript:</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <extracomment>A script&apos;s button that jumps to an action; %1 is the action&apos;s name.</extracomment>
        <translation>Go to: %1</translation>
    </message>
    <message>
        <source>Starts this action in the actions panel.</source>
        <translation>Starts this action in the actions panel.</translation>
    </message>
    <message>
        <source>unlock the account</source>
        <translation>unlock the account</translation>
    </message>
    <message>
        <source>reissue a temporary password</source>
        <translation>reissue a temporary password</translation>
    </message>
    <message>
        <source>correct the e-mail address</source>
        <translation>correct the e-mail address</translation>
    </message>
    <message>
        <source>certify the number</source>
        <translation>certify the number</translation>
    </message>
    <message>
        <source>Look the caller up and verify their identity before changing anything.</source>
        <translation>Look the caller up and verify their identity before changing anything.</translation>
    </message>
    <message>
        <source>The caller cannot register</source>
        <translation>The caller cannot register</translation>
    </message>
    <message>
        <source>Ask which message the portal shows, word for word.</source>
        <extracomment>Guided script, registration. Speak to the caller formally (&quot;vous&quot;).</extracomment>
        <translation>Ask which message the portal shows, word for word.</translation>
    </message>
    <message>
        <source>Check the number: 13 characters, plus the 2-digit key if the caller has it.</source>
        <translation>Check the number: 13 characters, plus the 2-digit key if the caller has it.</translation>
    </message>
    <message>
        <source>Registration works only with a certified number: look at Certified in the account panel.</source>
        <translation>Registration works only with a certified number: look at Certified in the account panel.</translation>
    </message>
    <message>
        <source>Remind the caller to type the civil status exactly as on their identity papers.</source>
        <translation>Remind the caller to type the civil status exactly as on their identity papers.</translation>
    </message>
    <message numerus="yes">
        <source>Explain what follows: a temporary password arrives by e-mail, it must be activated within %n day(s), and the first login asks for a personal password.</source>
        <translation>
            <numerusform>Explain what follows: a temporary password arrives by e-mail, it must be activated within %n day, and the first login asks for a personal password.</numerusform>
            <numerusform>Explain what follows: a temporary password arrives by e-mail, it must be activated within %n days, and the first login asks for a personal password.</numerusform>
        </translation>
    </message>
    <message>
        <source>A wrong e-mail address was given</source>
        <translation>A wrong e-mail address was given</translation>
    </message>
    <message>
        <source>Ask for the right address and spell it back, character by character.</source>
        <extracomment>Guided script, wrong e-mail address.</extracomment>
        <translation>Ask for the right address and spell it back, character by character.</translation>
    </message>
    <message>
        <source>Correct the address: a 6-digit code goes to the new address.</source>
        <translation>Correct the address: a 6-digit code goes to the new address.</translation>
    </message>
    <message>
        <source>Ask the caller to open that mail and read the code to you, then type it in the code field.</source>
        <translation>Ask the caller to open that mail and read the code to you, then type it in the code field.</translation>
    </message>
    <message>
        <source>The previous address receives a notice without personal data.</source>
        <translation>The previous address receives a notice without personal data.</translation>
    </message>
    <message>
        <source>Password and secret answer forgotten</source>
        <translation>Password and secret answer forgotten</translation>
    </message>
    <message>
        <source>Without the secret answer the portal cannot reset the password: the desk sends a new temporary password.</source>
        <extracomment>Guided script, password and secret answer both forgotten.</extracomment>
        <translation>Without the secret answer the portal cannot reset the password: the desk sends a new temporary password.</translation>
    </message>
    <message>
        <source>Check with the caller that the address on file is still theirs (it shows once verified).</source>
        <translation>Check with the caller that the address on file is still theirs (it shows once verified).</translation>
    </message>
    <message numerus="yes">
        <source>Reissue the temporary password. It works once, within %n day(s); the caller then chooses a personal password.</source>
        <translation>
            <numerusform>Reissue the temporary password. It works once, within %n day; the caller then chooses a personal password.</numerusform>
            <numerusform>Reissue the temporary password. It works once, within %n days; the caller then chooses a personal password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never read out, spell or write down a password.</source>
        <translation>Never read out, spell or write down a password.</translation>
    </message>
    <message>
        <source>The social-security number is refused</source>
        <translation>The social-security number is refused</translation>
    </message>
    <message>
        <source>Look the number up: the portal refuses registration while the number is not certified.</source>
        <extracomment>Guided script, number refused at registration.</extracomment>
        <translation>Look the number up: the portal refuses registration while the number is not certified.</translation>
    </message>
    <message>
        <source>A provisional number (starting with 3, 4, 7 or 8) cannot be certified here: send the caller to their pension fund on 3960.</source>
        <translation>A provisional number (starting with 3, 4, 7 or 8) cannot be certified here: send the caller to their pension fund on 3960.</translation>
    </message>
    <message>
        <source>A supervisor can certify the number against the national register; if the register differs, the caller contacts their pension fund on 3960.</source>
        <translation>A supervisor can certify the number against the national register; if the register differs, the caller contacts their pension fund on 3960.</translation>
    </message>
    <message>
        <source>The password did not arrive</source>
        <translation>The password did not arrive</translation>
    </message>
    <message>
        <source>Ask the caller to look in their spam or junk folder for a mail from the pension fund&apos;s online services.</source>
        <extracomment>Guided script, temporary password not received.</extracomment>
        <translation>Ask the caller to look in their spam or junk folder for a mail from the pension fund&apos;s online services.</translation>
    </message>
    <message>
        <source>Read the address on file back to the caller and check it with them.</source>
        <translation>Read the address on file back to the caller and check it with them.</translation>
    </message>
    <message>
        <source>Look at the last mail in the account panel: queued, sent, or not delivered and why.</source>
        <translation>Look at the last mail in the account panel: queued, sent, or not delivered and why.</translation>
    </message>
    <message>
        <source>Wrong address: correct it first. Right address and nothing after 24 hours: reissue the temporary password.</source>
        <translation>Wrong address: correct it first. Right address and nothing after 24 hours: reissue the temporary password.</translation>
    </message>
    <message>
        <source>Wrong password, account locked</source>
        <translation>Wrong password, account locked</translation>
    </message>
    <message numerus="yes">
        <source>The portal locks an account after %n wrong password(s) in a row.</source>
        <extracomment>Guided script, account locked after wrong passwords.</extracomment>
        <translation>
            <numerusform>The portal locks an account after %n wrong password in a row.</numerusform>
            <numerusform>The portal locks an account after %n wrong passwords in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the account is locked, unlock it and say so to the caller.</source>
        <translation>If the account is locked, unlock it and say so to the caller.</translation>
    </message>
    <message>
        <source>Remind the caller to log in with the social-security number and the password, and to check Caps Lock.</source>
        <translation>Remind the caller to log in with the social-security number and the password, and to check Caps Lock.</translation>
    </message>
    <message>
        <source>If the password itself is forgotten, reissue a temporary password instead.</source>
        <translation>If the password itself is forgotten, reissue a temporary password instead.</translation>
    </message>
    <message>
        <source>&quot;We could not identify you&quot; at registration</source>
        <translation>&quot;We could not identify you&quot; at registration</translation>
    </message>
    <message>
        <source>The civil status typed on the portal must match the record exactly.</source>
        <extracomment>Guided script, civil status does not match at registration.</extracomment>
        <translation>The civil status typed on the portal must match the record exactly.</translation>
    </message>
    <message>
        <source>Ask the caller to check the spelling of the last name, all first names in order, the birth date and the birth place.</source>
        <translation>Ask the caller to check the spelling of the last name, all first names in order, the birth date and the birth place.</translation>
    </message>
    <message>
        <source>Look the caller up and verify: if the answers match here, the caller should retry carefully.</source>
        <translation>Look the caller up and verify: if the answers match here, the caller should retry carefully.</translation>
    </message>
    <message>
        <source>If the caller&apos;s record itself is wrong, only their pension fund can correct it (3960).</source>
        <translation>If the caller&apos;s record itself is wrong, only their pension fund can correct it (3960).</translation>
    </message>
    <message>
        <source>The temporary password has expired</source>
        <translation>The temporary password has expired</translation>
    </message>
    <message numerus="yes">
        <source>A temporary password is valid %n day(s); after that the portal refuses it.</source>
        <extracomment>Guided script, temporary password expired.</extracomment>
        <translation>
            <numerusform>A temporary password is valid %n day; after that the portal refuses it.</numerusform>
            <numerusform>A temporary password is valid %n days; after that the portal refuses it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caller may register again, or the desk sends a new temporary password.</source>
        <translation>The caller may register again, or the desk sends a new temporary password.</translation>
    </message>
    <message>
        <source>Reissue the temporary password and remind the caller to activate it soon.</source>
        <translation>Reissue the temporary password and remind the caller to activate it soon.</translation>
    </message>
    <message>
        <source>Calling for someone else</source>
        <translation>Calling for someone else</translation>
    </message>
    <message>
        <source>Nobody may use the online services for another person, even a relative.</source>
        <extracomment>Guided script, the caller phones on behalf of another person.</extracomment>
        <translation>Nobody may use the online services for another person, even a relative.</translation>
    </message>
    <message>
        <source>Do not look up, confirm or change anything about the other person.</source>
        <translation>Do not look up, confirm or change anything about the other person.</translation>
    </message>
    <message>
        <source>Explain politely that the account holder must call in person.</source>
        <translation>Explain politely that the account holder must call in person.</translation>
    </message>
    <message>
        <source>End the call with the outcome &quot;Refused: calling for someone else&quot;.</source>
        <translation>End the call with the outcome &quot;Refused: calling for someone else&quot;.</translation>
    </message>
    <message>
        <source>Browser security warning</source>
        <translation>Browser security warning</translation>
    </message>
    <message>
        <source>The warning about secure and non-secure content is for information only.</source>
        <extracomment>Guided script, browser warns about secure and non-secure content.</extracomment>
        <translation>The warning about secure and non-secure content is for information only.</translation>
    </message>
    <message>
        <source>The caller can accept it and continue to the next page.</source>
        <translation>The caller can accept it and continue to the next page.</translation>
    </message>
    <message>
        <source>Nothing needs to change on the account.</source>
        <translation>Nothing needs to change on the account.</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Other request</translation>
    </message>
    <message>
        <source>Listen to the request and note the essentials.</source>
        <extracomment>Guided script for any other request.</extracomment>
        <translation>Listen to the request and note the essentials.</translation>
    </message>
    <message>
        <source>Write in the call&apos;s note what was done and what the caller should do next.</source>
        <translation>Write in the call&apos;s note what was done and what the caller should do next.</translation>
    </message>
</context>
<context>
    <name>SecretStoreText</name>
    <message>
        <source>No password is saved for this setting in the system keychain yet. Type it in to save it.</source>
        <extracomment>A password (database, mail server…) that Guichet keeps in the operating system&apos;s keychain.</extracomment>
        <translation>No password is saved for this setting in the system keychain yet. Type it in to save it.</translation>
    </message>
    <message>
        <source>The system keychain is not available in this session (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). Guichet cannot save or read passwords until it is.</source>
        <translation>The system keychain is not available in this session (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). Guichet cannot save or read passwords until it is.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keychain or allow Guichet to use it, then try again.</source>
        <translation>Access to the system keychain was refused. Unlock the keychain or allow Guichet to use it, then try again.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the operation. Try again; if the problem persists, contact IT support.</source>
        <translation>The system keychain could not complete the operation. Try again; if the problem persists, contact IT support.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>Keyboard shortcuts: the Enter key.</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the number field: look up. In the identity check: check the answers. In a dialog: confirm.</source>
        <translation>In the number field: look up. In the identity check: check the answers. In a dialog: confirm.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>The button or field with that letter</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Close a dialog without doing anything</source>
        <translation>Close a dialog without doing anything</translation>
    </message>
    <message>
        <source>Everything at the desk can be done from the keyboard.</source>
        <translation>Everything at the desk can be done from the keyboard.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Guichet — Sign in</source>
        <translation>Guichet — Sign in</translation>
    </message>
    <message>
        <source>Sign in with your desk login to take calls.</source>
        <translation>Sign in with your desk login to take calls.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The button that signs the agent in.</extracomment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Your desk login, as given by your administrator.</source>
        <translation>Your desk login, as given by your administrator.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Your desk password. Five wrong passwords in a row disable the login until an administrator re-enables it.</source>
        <translation>Your desk password. Five wrong passwords in a row disable the login until an administrator re-enables it.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>SQLite on this computer (%1)</source>
        <extracomment>Connection profile; %1 is the name of the SQLite file on this computer.</extracomment>
        <translation>SQLite on this computer (%1)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>PostgreSQL on %1, database %2</source>
        <extracomment>Connection profile; %1 is the database server, %2 the database name.</extracomment>
        <translation>PostgreSQL on %1, database %2</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Check the &amp;answers</source>
        <translation>Check the &amp;answers</translation>
    </message>
    <message>
        <source>Last name, as the caller says it</source>
        <translation>Last name, as the caller says it</translation>
    </message>
    <message>
        <source>Type what the caller answers; case and accents do not matter.</source>
        <translation>Type what the caller answers; case and accents do not matter.</translation>
    </message>
    <message>
        <source>First names, as the caller says them</source>
        <translation>First names, as the caller says them</translation>
    </message>
    <message>
        <source>All first names, in the caller&apos;s order.</source>
        <translation>All first names, in the caller&apos;s order.</translation>
    </message>
    <message>
        <source>Birth date, as the caller says it</source>
        <translation>Birth date, as the caller says it</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Placeholder and description of the birth date field; %1 is an example date.</extracomment>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Day, month and year, e.g. %1.</source>
        <translation>Day, month and year, e.g. %1.</translation>
    </message>
    <message>
        <source>Birth place, as the caller says it</source>
        <translation>Birth place, as the caller says it</translation>
    </message>
    <message>
        <source>Town of birth, or country when born abroad.</source>
        <translation>Town of birth, or country when born abroad.</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>Check the answers</translation>
    </message>
    <message>
        <source>Compares the answers with the record (Enter in any field). The record&apos;s values are never shown.</source>
        <translation>Compares the answers with the record (Enter in any field). The record&apos;s values are never shown.</translation>
    </message>
    <message>
        <source>Last &amp;name:</source>
        <translation>Last &amp;name:</translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation>&amp;First names:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Birth &amp;date:</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>Birth &amp;place:</translation>
    </message>
    <message>
        <source>Start a call first: nothing about a caller can be done outside a call.</source>
        <translation>Start a call first: nothing about a caller can be done outside a call.</translation>
    </message>
    <message>
        <source>Look the caller up first.</source>
        <translation>Look the caller up first.</translation>
    </message>
    <message>
        <source>Three identity checks failed in this call: no action is possible. End the call.</source>
        <translation>Three identity checks failed in this call: no action is possible. End the call.</translation>
    </message>
    <message>
        <source>Type all four answers first.</source>
        <translation>Type all four answers first.</translation>
    </message>
    <message>
        <source>✗ Three identity checks failed: no action is possible in this call. Tell the caller, then end the call.</source>
        <translation>✗ Three identity checks failed: no action is possible in this call. Tell the caller, then end the call.</translation>
    </message>
    <message>
        <source>The identity check has expired: verify the caller again before acting.</source>
        <translation>The identity check has expired: verify the caller again before acting.</translation>
    </message>
    <message>
        <source>Identity check valid for %1 more (until %2).</source>
        <extracomment>%1 is the time left, mm:ss; %2 the time the check expires, in the user&apos;s locale.</extracomment>
        <translation>Identity check valid for %1 more (until %2).</translation>
    </message>
</context>
<context>
    <name>guichetctl</name>
    <message>
        <source>Guichet command-line tool</source>
        <translation>Guichet command-line tool</translation>
    </message>
</context>
</TS>
