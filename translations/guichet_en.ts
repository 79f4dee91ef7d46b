<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>About Guichet</translation>
    </message>
    <message>
        <source>Desk console of the online-services hotline</source>
        <translation>Desk console of the online-services hotline</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Database schema:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Guichet's icon</source>
        <translation>Guichet's icon</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <extracomment>%1 is the version of Qt the application runs on, %2 the one it was built with.</extracomment>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Guichet uses these libraries, under their licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="https://www.qt.io/"&gt;Qt&lt;/a&gt;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href="https://github.com/frankosterfeld/qtkeychain"&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href="https://libsodium.org/"&gt;libsodium&lt;/a&gt;: ISC&lt;/li&gt;&lt;/ul&gt;</source>
        <extracomment>Rich text; keep the tags and the licences' names.</extracomment>
        <translation>&lt;p&gt;Guichet uses these libraries, under their licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="https://www.qt.io/"&gt;Qt&lt;/a&gt;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href="https://github.com/frankosterfeld/qtkeychain"&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href="https://libsodium.org/"&gt;libsodium&lt;/a&gt;: ISC&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
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
        <translation><numerusform>%1 (in %n day)</numerusform><numerusform>%1 (in %n days)</numerusform></translation>
    </message>
    <message>
        <source>No portal account</source>
        <extracomment>State of a person's portal account, shown as a headline.</extracomment>
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
        <translation><numerusform>Locked since %1 after %n failed password attempt. The holder cannot log in until the account is unlocked.</numerusform><numerusform>Locked since %1 after %n failed password attempts. The holder cannot log in until the account is unlocked.</numerusform></translation>
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
        <source>The name and e-mail address stay masked until the caller's identity is verified.</source>
        <translation>The name and e-mail address stay masked until the caller's identity is verified.</translation>
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
        <source>This caller's earlier calls, newest first.</source>
        <translation>This caller's earlier calls, newest first.</translation>
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
        <translation><numerusform>%1: waiting to be sent since %2 (%n attempt so far)</numerusform><numerusform>%1: waiting to be sent since %2 (%n attempts so far)</numerusform></translation>
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
        <extracomment>%1 kind of mail; %2 the mail server's reason, technical, in English.</extracomment>
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
    <message>
        <source>%1: waiting since %2; delivery is paused because the mail relay refuses the mail service's settings (%3). An administrator must correct them.</source>
        <extracomment>%1 kind of mail, %2 date and time; %3 the mail relay's reason, technical, in English.</extracomment>
        <translation>%1: waiting since %2; delivery is paused because the mail relay refuses the mail service's settings (%3). An administrator must correct them.</translation>
    </message>
    <message>
        <source>New temporary password:</source>
        <translation>New temporary password:</translation>
    </message>
    <message>
        <source>Queued at %1, not sent: delivery is paused because the mail relay refuses the mail service's settings (%2).</source>
        <extracomment>The new temporary password's mail; %1 date and time; %2 the mail relay's reason, technical, in English.</extracomment>
        <translation>Queued at %1, not sent: delivery is paused because the mail relay refuses the mail service's settings (%2).</translation>
    </message>
    <message>
        <source>Queued at %1, not sent yet. The previous temporary password works until it is sent.</source>
        <extracomment>The new temporary password's mail; %1 date and time. The previous one works until it is sent.</extracomment>
        <translation>Queued at %1, not sent yet. The previous temporary password works until it is sent.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <extracomment>The new temporary password's mail; %1 date and time.</extracomment>
        <translation>Sent on %1.</translation>
    </message>
    <message>
        <source>Failed: asked at %1, not delivered (%2).</source>
        <extracomment>The new temporary password's mail; %1 date and time of the request; %2 the mail server's reason, technical, in English.</extracomment>
        <translation>Failed: asked at %1, not delivered (%2).</translation>
    </message>
    <message>
        <source>%1 waits for the code the caller received; it replaces the address on file once the code is confirmed.</source>
        <extracomment>%1 is the new e-mail address, masked until the caller's identity is verified.</extracomment>
        <translation>%1 waits for the code the caller received; it replaces the address on file once the code is confirmed.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Say in a few words why (at least 3 characters).</source>
        <translation>Say in a few words why (at least 3 characters).</translation>
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
        <translation><numerusform>Why are you sending a new temporary password? The previous one stops working; the new one goes to the address on file and is valid %n day.</numerusform><numerusform>Why are you sending a new temporary password? The previous one stops working; the new one goes to the address on file and is valid %n days.</numerusform></translation>
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
    <message>
        <source>Why are you certifying this number? The reason is kept in the audit trail.</source>
        <translation>Why are you certifying this number? The reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Reason for the certification</source>
        <translation>Reason for the certification</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Certify</translation>
    </message>
    <message>
        <source>Compared with the national register for %1 (%2): last name, first names, birth date and birth place, as on file. If all four match, the number is certified; otherwise nothing changes and the fields that differ are named.</source>
        <extracomment>What certification compares; %1 is the caller's name, %2 the social-security number.</extracomment>
        <translation>Compared with the national register for %1 (%2): last name, first names, birth date and birth place, as on file. If all four match, the number is certified; otherwise nothing changes and the fields that differ are named.</translation>
    </message>
</context>
<context>
    <name>ActorName</name>
    <message>
        <source>the mail service</source>
        <translation>the mail service</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>the portal</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Look-up</source>
        <translation>Look-up</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Bulk unlock</source>
        <translation>Bulk unlock</translation>
    </message>
    <message>
        <source>Temporary password reissued</source>
        <translation>Temporary password reissued</translation>
    </message>
    <message>
        <source>E-mail change asked</source>
        <translation>E-mail change asked</translation>
    </message>
    <message>
        <source>E-mail change confirmed</source>
        <translation>E-mail change confirmed</translation>
    </message>
    <message>
        <source>Number certified</source>
        <translation>Number certified</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Lockout history listed</source>
        <translation>Lockout history listed</translation>
    </message>
    <message>
        <source>Lockout detail viewed</source>
        <translation>Lockout detail viewed</translation>
    </message>
    <message>
        <source>Old traces purged</source>
        <translation>Old traces purged</translation>
    </message>
    <message>
        <source>Agent sign-in</source>
        <translation>Agent sign-in</translation>
    </message>
    <message>
        <source>Agent added</source>
        <translation>Agent added</translation>
    </message>
    <message>
        <source>Agent disabled</source>
        <translation>Agent disabled</translation>
    </message>
    <message>
        <source>Agent enabled</source>
        <translation>Agent enabled</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Mail sent</translation>
    </message>
    <message>
        <source>Mail not sent</source>
        <translation>Mail not sent</translation>
    </message>
    <message>
        <source>Mail queued again</source>
        <translation>Mail queued again</translation>
    </message>
    <message>
        <source>Lock screen password</source>
        <translation>Lock screen password</translation>
    </message>
    <message>
        <source>Signed out by the lock screen</source>
        <translation>Signed out by the lock screen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>identity confirmed</source>
        <translation>identity confirmed</translation>
    </message>
    <message>
        <source>identity not confirmed</source>
        <translation>identity not confirmed</translation>
    </message>
    <message>
        <source>refused: wrong password</source>
        <translation>refused: wrong password</translation>
    </message>
    <message>
        <source>failed, will be tried again</source>
        <translation>failed, will be tried again</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>given up</translation>
    </message>
    <message>
        <source>delivery paused</source>
        <translation>delivery paused</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>queued again</translation>
    </message>
    <message>
        <source>after too many wrong passwords</source>
        <translation>after too many wrong passwords</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <extracomment>%1 says who changed the account (without the details the desk had).
----------
%1 is the reason of the refusal, one sentence.</extracomment>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>agent</source>
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
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>temporary password</translation>
    </message>
    <message>
        <source>e-mail confirmation code</source>
        <translation>e-mail confirmation code</translation>
    </message>
    <message>
        <source>notice of address change</source>
        <translation>notice of address change</translation>
    </message>
    <message>
        <source>role: %1</source>
        <extracomment>The role given to a new agent; %1 is the role in words.</extracomment>
        <translation>role: %1</translation>
    </message>
    <message>
        <source>given up before, queued again</source>
        <translation>given up before, queued again</translation>
    </message>
    <message>
        <source>sent at once instead of waiting</source>
        <translation>sent at once instead of waiting</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A mail in the audit trail: %1 is its kind (temporary password…), %2 what happened to it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between two details of an audit event.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A period's start in the audit trail; %1 is a date and time.</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>The end of an agent's temporary lock; %1 is a date and time.
----------
A period's end in the audit trail; %1 is its last day (included), or a date and time.</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>all lockouts</source>
        <translation>all lockouts</translation>
    </message>
    <message>
        <source>still locked only</source>
        <translation>still locked only</translation>
    </message>
    <message>
        <source>unlocked only</source>
        <translation>unlocked only</translation>
    </message>
    <message>
        <source>unlocked by agent no. %1</source>
        <extracomment>A lockout history filtered on the agent who unlocked; %1 is the agent's login.</extracomment>
        <translation>unlocked by agent no. %1</translation>
    </message>
    <message>
        <source>unlocked by %1</source>
        <translation>unlocked by %1</translation>
    </message>
    <message>
        <source>one social-security number</source>
        <translation>one social-security number</translation>
    </message>
    <message>
        <source>repeated lockouts only</source>
        <translation>repeated lockouts only</translation>
    </message>
    <message>
        <source>lockout no. %1</source>
        <extracomment>The lockout whose detail was viewed; %1 is its number.</extracomment>
        <translation>lockout no. %1</translation>
    </message>
    <message numerus="yes">
        <source>older than %n day(s)</source>
        <translation><numerusform>older than %n day</numerusform><numerusform>older than %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n login attempt(s) deleted</source>
        <translation><numerusform>%n login attempt deleted</numerusform><numerusform>%n login attempts deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) deleted</source>
        <translation><numerusform>%n consultation deleted</numerusform><numerusform>%n consultations deleted</numerusform></translation>
    </message>
    <message>
        <source>Audit trail listed</source>
        <translation>Audit trail listed</translation>
    </message>
    <message>
        <source>Audit chain checked</source>
        <translation>Audit chain checked</translation>
    </message>
    <message>
        <source>Call statistics</source>
        <translation>Call statistics</translation>
    </message>
    <message>
        <source>Supervision flags</source>
        <translation>Supervision flags</translation>
    </message>
    <message>
        <source>events by %1</source>
        <extracomment>An audit trail filtered on the agent who acted; %1 is the agent's login or number.</extracomment>
        <translation>events by %1</translation>
    </message>
    <message>
        <source>agent no. %1</source>
        <translation>agent no. %1</translation>
    </message>
    <message>
        <source>account no. %1</source>
        <extracomment>An audit trail filtered on one account; %1 is the account's number.</extracomment>
        <translation>account no. %1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <extracomment>An audit trail filtered on one kind of event; %1 is the kind in words.</extracomment>
        <translation>events: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked</source>
        <translation><numerusform>%n event checked</numerusform><numerusform>%n events checked</numerusform></translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>chain intact</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>chain broken</translation>
    </message>
    <message>
        <source>Agent login locked for a while</source>
        <translation>Agent login locked for a while</translation>
    </message>
    <message>
        <source>refused: unknown login</source>
        <translation>refused: unknown login</translation>
    </message>
    <message>
        <source>refused: login locked for a while</source>
        <translation>refused: login locked for a while</translation>
    </message>
    <message>
        <source>refused: login disabled</source>
        <translation>refused: login disabled</translation>
    </message>
    <message>
        <source>Approval of a reissue requested</source>
        <translation>Approval of a reissue requested</translation>
    </message>
    <message>
        <source>Reissue approved by a supervisor</source>
        <translation>Reissue approved by a supervisor</translation>
    </message>
    <message>
        <source>Change of e-mail address refused by the holder</source>
        <translation>Change of e-mail address refused by the holder</translation>
    </message>
    <message>
        <source>Identity checks of a person limited</source>
        <translation>Identity checks of a person limited</translation>
    </message>
    <message>
        <source>Row changed in the database</source>
        <translation>Row changed in the database</translation>
    </message>
    <message numerus="yes">
        <source>%n failed identity check(s)</source>
        <extracomment>A person's failed identity checks, across calls and agents, in the limit's window.</extracomment>
        <translation><numerusform>%n failed identity check</numerusform><numerusform>%n failed identity checks</numerusform></translation>
    </message>
    <message>
        <source>limited until %1</source>
        <extracomment>The end of a limit in the audit trail; %1 is a date and time.</extracomment>
        <translation>limited until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity check(s) deleted</source>
        <extracomment>The retention purge: how many records of identity checks (at the desk) it deleted.</extracomment>
        <translation><numerusform>%n identity check deleted</numerusform><numerusform>%n identity checks deleted</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditTrailPanel</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Shows only this agent's events. Lists the agents who acted in the period.</source>
        <translation>Shows only this agent's events. Lists the agents who acted in the period.</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Any agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shows only the events of this kind.</source>
        <translation>Shows only the events of this kind.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>Checks that no event of the audit trail was changed or removed (every event's hash and link).</source>
        <translation>Checks that no event of the audit trail was changed or removed (every event's hash and link).</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <source>Columns of the audit trail</source>
        <translation>Columns of the audit trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>No event matches the filter in this period.</source>
        <translation>No event matches the filter in this period.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <extracomment>The chain could not be verified; %1 says why.</extracomment>
        <translation>Not verified: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), none changed or removed.</source>
        <translation><numerusform>Intact: %n event, none changed or removed.</numerusform><numerusform>Intact: %n events, none changed or removed.</numerusform></translation>
    </message>
    <message>
        <source>All acco&amp;unts</source>
        <translation>All acco&amp;unts</translation>
    </message>
    <message>
        <source>every account</source>
        <translation>every account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Shows the events about every account again.</source>
        <translation>Shows the events about every account again.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>One row per recorded event, newest first. Enter on a row shows only the events about its account.</source>
        <translation>One row per recorded event, newest first. Enter on a row shows only the events about its account.</translation>
    </message>
    <message>
        <source>Show the events of account %1 only</source>
        <extracomment>%1 is the account holder's masked social-security number.</extracomment>
        <translation>Show the events of account %1 only</translation>
    </message>
    <message>
        <source>Last checkpoint unknown: %1</source>
        <extracomment>%1 says why the last checkpoint could not be read.</extracomment>
        <translation>Last checkpoint unknown: %1</translation>
    </message>
    <message>
        <source>No checkpoint of the audit trail has been taken yet (guichetctl audit checkpoint).</source>
        <translation>No checkpoint of the audit trail has been taken yet (guichetctl audit checkpoint).</translation>
    </message>
    <message>
        <source>Last checkpoint: %1 by %2, up to seal %3.</source>
        <extracomment>%1 is a date and time, %2 the login who took the checkpoint, %3 the number of the last seal it covers.</extracomment>
        <translation>Last checkpoint: %1 by %2, up to seal %3.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) sealed in order, none removed.</source>
        <translation><numerusform>Intact: %n event sealed in order, none removed.</numerusform><numerusform>Intact: %n events sealed in order, none removed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not sealed yet.</source>
        <translation><numerusform>%n not sealed yet.</numerusform><numerusform>%n not sealed yet.</numerusform></translation>
    </message>
    <message>
        <source>Without the sealing key this desk sees gaps and removed events; a rewritten event is seen by guichetctl audit verify where the key is.</source>
        <translation>Without the sealing key this desk sees gaps and removed events; a rewritten event is seen by guichetctl audit verify where the key is.</translation>
    </message>
    <message>
        <source>Broken at seal %1 (event id %2) of %3: an event was changed, removed or inserted.</source>
        <extracomment>%1 is the seal's number in the trail, %2 its event's id, %3 the number of events.</extracomment>
        <translation>Broken at seal %1 (event id %2) of %3: an event was changed, removed or inserted.</translation>
    </message>
    <message>
        <source>Broken: event id %1 was inserted behind the sequencer's back (never sealed, later events were).</source>
        <extracomment>%1 is an event's id.</extracomment>
        <translation>Broken: event id %1 was inserted behind the sequencer's back (never sealed, later events were).</translation>
    </message>
</context>
<context>
    <name>AuditTrailTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An agent in the audit trail: %1 the login, %2 the role in words.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
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
        <source>Double-click or press Enter to show this account's events only.</source>
        <translation>Double-click or press Enter to show this account's events only.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Days (%1)</source>
        <extracomment>The title of a chart's axis of days; %1 is the period, e.g. "1–30 Nov 2026".</extracomment>
        <translation>Days (%1)</translation>
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
    <message>
        <source>Choose the reason (Ctrl+R)</source>
        <extracomment>Reason box before a call: nothing is chosen yet.</extracomment>
        <translation>Choose the reason (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose why the person calls first (Ctrl+R), then start the call.</source>
        <translation>Choose why the person calls first (Ctrl+R), then start the call.</translation>
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
    <name>CallStatisticsPanel</name>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>Columns of the calls per reason</source>
        <translation>Columns of the calls per reason</translation>
    </message>
    <message>
        <source>Calls per reason</source>
        <translation>Calls per reason</translation>
    </message>
    <message>
        <source>One row per call reason: calls, calls still open, each outcome, and the mean duration; the last row adds them up.</source>
        <translation>One row per call reason: calls, calls still open, each outcome, and the mean duration; the last row adds them up.</translation>
    </message>
    <message>
        <source>Calls per hour of the day</source>
        <translation>Calls per hour of the day</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in the period, %1 still open; mean duration of the ended calls: %2.</source>
        <extracomment>Totals of the period: %1 calls, %2 still open, %3 the mean duration (m:ss).</extracomment>
        <translation><numerusform>%n call in the period, %1 still open; mean duration of the ended calls: %2.</numerusform><numerusform>%n calls in the period, %1 still open; mean duration of the ended calls: %2.</numerusform></translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>none ended</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message numerus="yes">
        <source>%1 h: %n call(s)</source>
        <extracomment>%1 is an hour of the day (0–23).</extracomment>
        <translation><numerusform>%1 h: %n call</numerusform><numerusform>%1 h: %n calls</numerusform></translation>
    </message>
    <message>
        <source>Calls per hour of the day (start of the call)</source>
        <translation>Calls per hour of the day (start of the call)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>No call in this period.</source>
        <translation>No call in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in the period; the busiest hour: %1 h (%2).</source>
        <extracomment>A chart's summary: %1 the busiest hour of the day (0–23), %2 its number of calls.</extracomment>
        <translation><numerusform>%n call in the period; the busiest hour: %1 h (%2).</numerusform><numerusform>%n calls in the period; the busiest hour: %1 h (%2).</numerusform></translation>
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
        <source>Caller's account</source>
        <translation>Caller's account</translation>
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
    <message>
        <source>Press Enter to look this number up: the account shown is still the previous number's.</source>
        <translation>Press Enter to look this number up: the account shown is still the previous number's.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Details: %1</source>
        <extracomment>After a failed connection test; %1 is the technical reason, often the server's own words.
----------
After a failed relay test; %1 is the failed step and the server's reply, in English.</extracomment>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Connected to the SQLite file %1 (SQLite %2).</source>
        <extracomment>%1 is the SQLite file, %2 the version of the SQLite library.</extracomment>
        <translation>Connected to the SQLite file %1 (SQLite %2).</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 on %2, database %3.</source>
        <extracomment>%1 is the server's version, %2 the server (host:port), %3 the database name.</extracomment>
        <translation>Connected to PostgreSQL %1 on %2, database %3.</translation>
    </message>
    <message>
        <source>No schema yet: the first desk that opens the database creates it.</source>
        <translation>No schema yet: the first desk that opens the database creates it.</translation>
    </message>
    <message>
        <source>Its schema (version %1) is newer than this program (version %2): install the update first.</source>
        <translation>Its schema (version %1) is newer than this program (version %2): install the update first.</translation>
    </message>
    <message>
        <source>Schema version %1; the first desk that opens it brings it to version %2.</source>
        <translation>Schema version %1; the first desk that opens it brings it to version %2.</translation>
    </message>
    <message>
        <source>Schema version %1, up to date.</source>
        <translation>Schema version %1, up to date.</translation>
    </message>
    <message>
        <source>The mail relay %1 answered.</source>
        <extracomment>%1 is the mail relay (host:port).</extracomment>
        <translation>The mail relay %1 answered.</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>The connection is encrypted.</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>The connection is not encrypted.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <extracomment>%1 is the relay login, %2 the SMTP authentication mechanism (PLAIN, LOGIN).</extracomment>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>No mail was sent.</source>
        <translation>No mail was sent.</translation>
    </message>
    <message>
        <source>The mail relay %1 cannot be reached.</source>
        <translation>The mail relay %1 cannot be reached.</translation>
    </message>
    <message>
        <source>The server %1 does not answer as a mail relay.</source>
        <translation>The server %1 does not answer as a mail relay.</translation>
    </message>
    <message>
        <source>The encrypted connection to the mail relay %1 failed: check the security setting and the CA certificate.</source>
        <translation>The encrypted connection to the mail relay %1 failed: check the security setting and the CA certificate.</translation>
    </message>
    <message>
        <source>The mail relay %1 refused the login or the password.</source>
        <translation>The mail relay %1 refused the login or the password.</translation>
    </message>
    <message>
        <source>The mail relay %1 refused the test.</source>
        <translation>The mail relay %1 refused the test.</translation>
    </message>
    <message>
        <source>No schema yet: an administrator creates it with guichetctl init, with the login that will own the schema.</source>
        <translation>No schema yet: an administrator creates it with guichetctl init, with the login that will own the schema.</translation>
    </message>
    <message>
        <source>Schema version %1: an administrator must bring it to version %2 (guichetctl migrate) before the desks can use it.</source>
        <translation>Schema version %1: an administrator must bring it to version %2 (guichetctl migrate) before the desks can use it.</translation>
    </message>
    <message>
        <source>The relay accepts %1 as the sender.</source>
        <extracomment>%1 is the sender's e-mail address.</extracomment>
        <translation>The relay accepts %1 as the sender.</translation>
    </message>
    <message>
        <source>The mail relay %1 refuses %2 as the sender: use an address that the relay's login may send from.</source>
        <extracomment>%1 is the mail relay (host:port), %2 the sender's e-mail address.</extracomment>
        <translation>The mail relay %1 refuses %2 as the sender: use an address that the relay's login may send from.</translation>
    </message>
    <message>
        <source>Until this is corrected, mail delivery stays paused; the waiting mail is kept and goes out once the relay accepts it.</source>
        <translation>Until this is corrected, mail delivery stays paused; the waiting mail is kept and goes out once the relay accepts it.</translation>
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
        <source>agent add: the agent's full name.</source>
        <translation>agent add: the agent's full name.</translation>
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
        <source>agent add needs --role agent, supervisor or admin.</source>
        <translation>agent add needs --role agent, supervisor or admin.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters from 3 of these 4 kinds: lower case, upper case, digits, other characters (and a login without spaces).</source>
        <translation>The password needs at least 8 characters from 3 of these 4 kinds: lower case, upper case, digits, other characters (and a login without spaces).</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 instant.</source>
        <translation>--since must be an ISO 8601 instant.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit must be a positive number.</translation>
    </message>
    <message>
        <source>Password of the new agent %1 (not shown): </source>
        <extracomment>%1 is the new agent's login.</extracomment>
        <translation>Password of the new agent %1 (not shown): </translation>
    </message>
    <message>
        <source>agent %1 needs --agent ADMIN: an administrator signs in.</source>
        <extracomment>%1 is the subcommand: disable or enable.</extracomment>
        <translation>agent %1 needs --agent ADMIN: an administrator signs in.</translation>
    </message>
    <message>
        <source>agent add needs --agent ADMIN: an administrator signs in. Only the first agent of a database without any is added without one, as an admin (--role admin).</source>
        <translation>agent add needs --agent ADMIN: an administrator signs in. Only the first agent of a database without any is added without one, as an admin (--role admin).</translation>
    </message>
</context>
<context>
    <name>CtlAuditCommands</name>
    <message>
        <source>The key file already exists or cannot be written; a key is never replaced (the seals made with it would no longer verify).</source>
        <translation>The key file already exists or cannot be written; a key is never replaced (the seals made with it would no longer verify).</translation>
    </message>
    <message>
        <source>This computer's keychain already holds an audit sealing key; a key is never replaced (the seals made with it would no longer verify).</source>
        <translation>This computer's keychain already holds an audit sealing key; a key is never replaced (the seals made with it would no longer verify).</translation>
    </message>
    <message>
        <source>--interval-ms must be a number of milliseconds from 10 to 3600000.</source>
        <translation>--interval-ms must be a number of milliseconds from 10 to 3600000.</translation>
    </message>
    <message>
        <source>The audit sealing key from this file (a systemd credential) instead of the keychain; audit key init creates it.</source>
        <translation>The audit sealing key from this file (a systemd credential) instead of the keychain; audit key init creates it.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>audit sequencer run: seal what is pending once, then stop.</source>
        <translation>audit sequencer run: seal what is pending once, then stop.</translation>
    </message>
    <message>
        <source>audit sequencer run: milliseconds between two passes (default 1000).</source>
        <translation>audit sequencer run: milliseconds between two passes (default 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>audit verify: compare the trail with this kept checkpoint.</source>
        <translation>audit verify: compare the trail with this kept checkpoint.</translation>
    </message>
</context>
<context>
    <name>CtlCommandTable</name>
    <message>
        <source>Show this help; after a command, that command's options.</source>
        <translation>Show this help; after a command, that command's options.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>audit list: only events of the agent with this login.</source>
        <translation>audit list: only events of the agent with this login.</translation>
    </message>
    <message>
        <source>mailer requeue: only the mail of the account of this NIR.</source>
        <translation>mailer requeue: only the mail of the account of this NIR.</translation>
    </message>
    <message>
        <source>The login of the supervisor or admin running the command (password from GUICHET_AGENT_PASSWORD or standard input).</source>
        <translation>The login of the supervisor or admin running the command (password from GUICHET_AGENT_PASSWORD or standard input).</translation>
    </message>
    <message>
        <source>history lockouts: only the lockouts of this social-security number.</source>
        <translation>history lockouts: only the lockouts of this social-security number.</translation>
    </message>
    <message>
        <source>profile set: the profile's mail relay, smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</source>
        <translation>profile set: the profile's mail relay, smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</translation>
    </message>
    <message>
        <source>profile set: also trust the certificates of this PEM file for the mail relay.</source>
        <translation>profile set: also trust the certificates of this PEM file for the mail relay.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>create or migrate the schema (the schema owner's login)</source>
        <translation>create or migrate the schema (the schema owner's login)</translation>
    </message>
    <message>
        <source>bring the schema to this version (the schema owner's login)</source>
        <translation>bring the schema to this version (the schema owner's login)</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <source>validate a social-security number</source>
        <translation>validate a social-security number</translation>
    </message>
    <message>
        <source>add an insured person</source>
        <translation>add an insured person</translation>
    </message>
    <message>
        <source>add a national-register reference entry</source>
        <translation>add a national-register reference entry</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>fill an empty database with demo data</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>portal simulator: register an account</source>
        <translation>portal simulator: register an account</translation>
    </message>
    <message>
        <source>NIR PASSWORD</source>
        <translation>NIR PASSWORD</translation>
    </message>
    <message>
        <source>portal simulator: sign in</source>
        <translation>portal simulator: sign in</translation>
    </message>
    <message>
        <source>NIR TEMPORARY NEW-PASSWORD</source>
        <translation>NIR TEMPORARY NEW-PASSWORD</translation>
    </message>
    <message>
        <source>portal simulator: first sign-in with the temporary password</source>
        <translation>portal simulator: first sign-in with the temporary password</translation>
    </message>
    <message>
        <source>NIR ANSWER NEW-PASSWORD</source>
        <translation>NIR ANSWER NEW-PASSWORD</translation>
    </message>
    <message>
        <source>portal simulator: a new password with the secret answer</source>
        <translation>portal simulator: a new password with the secret answer</translation>
    </message>
    <message>
        <source>desk: start a call</source>
        <translation>desk: start a call</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>desk: find the caller's account (masked until verified)</source>
        <translation>desk: find the caller's account (masked until verified)</translation>
    </message>
    <message>
        <source>desk: check the caller's identity</source>
        <translation>desk: check the caller's identity</translation>
    </message>
    <message>
        <source>desk: end the call</source>
        <translation>desk: end the call</translation>
    </message>
    <message>
        <source>desk: unlock the account</source>
        <translation>desk: unlock the account</translation>
    </message>
    <message>
        <source>desk: send a new temporary password to the address on file</source>
        <translation>desk: send a new temporary password to the address on file</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>desk: change the e-mail address (a code is sent to it)</source>
        <translation>desk: change the e-mail address (a code is sent to it)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>desk: confirm the new address with its code</source>
        <translation>desk: confirm the new address with its code</translation>
    </message>
    <message>
        <source>desk: certify the NIR with the national register (supervisors)</source>
        <translation>desk: certify the NIR with the national register (supervisors)</translation>
    </message>
    <message>
        <source>desk: unlock the accounts of a CSV file (supervisors)</source>
        <translation>desk: unlock the accounts of a CSV file (supervisors)</translation>
    </message>
    <message>
        <source>deliver the mail outbox (until SIGINT/SIGTERM without --once); without --deliver-to-dir or --smtp, the relay of --profile</source>
        <translation>deliver the mail outbox (until SIGINT/SIGTERM without --once); without --deliver-to-dir or --smtp, the relay of --profile</translation>
    </message>
    <message>
        <source>make waiting mail due now and lift a pause</source>
        <translation>make waiting mail due now and lift a pause</translation>
    </message>
    <message>
        <source>the lockout history, as CSV or JSON (supervisors)</source>
        <translation>the lockout history, as CSV or JSON (supervisors)</translation>
    </message>
    <message>
        <source>delete old login attempts and consultations (admins)</source>
        <translation>delete old login attempts and consultations (admins)</translation>
    </message>
    <message>
        <source>the connection profiles</source>
        <translation>the connection profiles</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>one connection profile (never a password)</source>
        <translation>one connection profile (never a password)</translation>
    </message>
    <message>
        <source>create or replace a connection profile (its database: --database)</source>
        <translation>create or replace a connection profile (its database: --database)</translation>
    </message>
    <message>
        <source>remove a connection profile and its saved passwords</source>
        <translation>remove a connection profile and its saved passwords</translation>
    </message>
    <message>
        <source>the profile offered first</source>
        <translation>the profile offered first</translation>
    </message>
    <message>
        <source>save a password of the profile in the system keychain (typed without being shown, or the first line of standard input)</source>
        <translation>save a password of the profile in the system keychain (typed without being shown, or the first line of standard input)</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options of every command:</translation>
    </message>
    <message>
        <source>The options of a command: guichetctl COMMAND --help.</source>
        <translation>The options of a command: guichetctl COMMAND --help.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>The option %1 does not apply to %2.</source>
        <extracomment>%1 is an option (--from), %2 a command (mailer run).</extracomment>
        <translation>The option %1 does not apply to %2.</translation>
    </message>
    <message>
        <source>Wrong number of arguments: %1</source>
        <extracomment>%1 is the command's usage, e.g. "guichetctl agent add LOGIN".</extracomment>
        <translation>Wrong number of arguments: %1</translation>
    </message>
    <message>
        <source>the audit events, newest first (supervisors)</source>
        <translation>the audit events, newest first (supervisors)</translation>
    </message>
    <message>
        <source>add an agent (password from GUICHET_PASSWORD, else typed without being shown, or the first line of standard input; an admin signs in with --agent, except for the first admin of an empty database)</source>
        <translation>add an agent (password from GUICHET_PASSWORD, else typed without being shown, or the first line of standard input; an admin signs in with --agent, except for the first admin of an empty database)</translation>
    </message>
    <message>
        <source>disable an agent (an admin signs in with --agent)</source>
        <translation>disable an agent (an admin signs in with --agent)</translation>
    </message>
    <message>
        <source>enable an agent again (an admin signs in with --agent)</source>
        <translation>enable an agent again (an admin signs in with --agent)</translation>
    </message>
    <message>
        <source>check the seals of the audit trail, and against a kept checkpoint (supervisors)</source>
        <translation>check the seals of the audit trail, and against a kept checkpoint (supervisors)</translation>
    </message>
    <message>
        <source>print the signed head of the sealed audit trail, to keep outside the database (supervisors, where the sealing key is)</source>
        <translation>print the signed head of the sealed audit trail, to keep outside the database (supervisors, where the sealing key is)</translation>
    </message>
    <message>
        <source>create the audit sealing key in this computer's keychain (once, on the sequencer's host)</source>
        <translation>create the audit sealing key in this computer's keychain (once, on the sequencer's host)</translation>
    </message>
    <message>
        <source>seal the committed audit events in one order (until SIGINT/SIGTERM without --once)</source>
        <translation>seal the committed audit events in one order (until SIGINT/SIGTERM without --once)</translation>
    </message>
    <message>
        <source>portal simulator: refuse, from the previous address, a change of e-mail address made at the desk</source>
        <translation>portal simulator: refuse, from the previous address, a change of e-mail address made at the desk</translation>
    </message>
    <message>
        <source>desk: ask a supervisor to approve a reissue to an address changed at the desk</source>
        <translation>desk: ask a supervisor to approve a reissue to an address changed at the desk</translation>
    </message>
    <message>
        <source>desk: the reissue approvals waiting for a supervisor (supervisors)</source>
        <translation>desk: the reissue approvals waiting for a supervisor (supervisors)</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>REQUEST</translation>
    </message>
    <message>
        <source>desk: approve another agent's reissue request (supervisors; never one's own)</source>
        <translation>desk: approve another agent's reissue request (supervisors; never one's own)</translation>
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
        <source>seed-demo needs --accounts N, with N between 1 and 10000000.</source>
        <translation>seed-demo needs --accounts N, with N between 1 and 10000000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed must be a non-negative integer.</translation>
    </message>
    <message>
        <source>Connection profile (see profile list): its database unless --database is given, its mail relay for mailer run. Default: GUICHET_PROFILE.</source>
        <translation>Connection profile (see profile list): its database unless --database is given, its mail relay for mailer run. Default: GUICHET_PROFILE.</translation>
    </message>
    <message>
        <source>Read the database password from this file (all of it but a final line end), e.g. a systemd credential, instead of the keychain.</source>
        <translation>Read the database password from this file (all of it but a final line end), e.g. a systemd credential, instead of the keychain.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>--reads-database names a PostgreSQL streaming replica, for a PostgreSQL database only.</source>
        <translation>--reads-database names a PostgreSQL streaming replica, for a PostgreSQL database only.</translation>
    </message>
</context>
<context>
    <name>CtlDeskCommands</name>
    <message>
        <source>desk: the agent's login (password from GUICHET_AGENT_PASSWORD or standard input).</source>
        <translation>desk: the agent's login (password from GUICHET_AGENT_PASSWORD or standard input).</translation>
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
    <message>
        <source>Password of %1 (not shown): </source>
        <extracomment>%1 is the agent's login.</extracomment>
        <translation>Password of %1 (not shown): </translation>
    </message>
    <message>
        <source>desk approve takes the request's number.</source>
        <translation>desk approve takes the request's number.</translation>
    </message>
</context>
<context>
    <name>CtlHistoryCommands</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>history lockouts: from this instant (ISO 8601, UTC unless an offset is given), included.</source>
        <translation>history lockouts: from this instant (ISO 8601, UTC unless an offset is given), included.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>history lockouts: up to this instant (ISO 8601), excluded.</source>
        <translation>history lockouts: up to this instant (ISO 8601), excluded.</translation>
    </message>
    <message>
        <source>history lockouts: locked, unlocked or all (default).</source>
        <translation>history lockouts: locked, unlocked or all (default).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>history lockouts: only accounts locked at least 3 times in 30 days.</source>
        <translation>history lockouts: only accounts locked at least 3 times in 30 days.</translation>
    </message>
    <message>
        <source>history lockouts: csv or json (default).</source>
        <translation>history lockouts: csv or json (default).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>purge: delete login attempts and consultations older than this many days (default 365, at least 30).</source>
        <translation>purge: delete login attempts and consultations older than this many days (default 365, at least 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>This command needs --agent LOGIN (a supervisor or an admin).</source>
        <translation>This command needs --agent LOGIN (a supervisor or an admin).</translation>
    </message>
    <message>
        <source>--from must be an ISO 8601 instant.</source>
        <translation>--from must be an ISO 8601 instant.</translation>
    </message>
    <message>
        <source>--to must be an ISO 8601 instant.</source>
        <translation>--to must be an ISO 8601 instant.</translation>
    </message>
    <message>
        <source>--state must be locked, unlocked or all.</source>
        <translation>--state must be locked, unlocked or all.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format must be csv or json.</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Standard output cannot be written.</translation>
    </message>
    <message>
        <source>--older-than must be a whole number of days.</source>
        <translation>--older-than must be a whole number of days.</translation>
    </message>
    <message>
        <source>Refused: the purge keeps at least %1 days of login attempts and consultations (asked: %2 days).</source>
        <translation>Refused: the purge keeps at least %1 days of login attempts and consultations (asked: %2 days).</translation>
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
        <source>The profile "%1" has no mail relay: give --smtp URL or --deliver-to-dir DIR, or add --smtp to the profile.</source>
        <translation>The profile "%1" has no mail relay: give --smtp URL or --deliver-to-dir DIR, or add --smtp to the profile.</translation>
    </message>
    <message>
        <source>The profile's mail relay names a user, but no password is saved: run guichetctl profile set-password %1 --purpose smtp, or set GUICHET_SMTP_PASSWORD.</source>
        <translation>The profile's mail relay names a user, but no password is saved: run guichetctl profile set-password %1 --purpose smtp, or set GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>mailer run: read the mail relay's password from this file (e.g. a systemd credential) instead of the keychain or GUICHET_SMTP_PASSWORD.</source>
        <translation>mailer run: read the mail relay's password from this file (e.g. a systemd credential) instead of the keychain or GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>mailer run: the sender of the mail, "Name &lt;address&gt;" or an address (header From and envelope).</source>
        <translation>mailer run: the sender of the mail, "Name &lt;address&gt;" or an address (header From and envelope).</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>mailer run: the Reply-To of the mail, "Name &lt;address&gt;" or an address.</source>
        <translation>mailer run: the Reply-To of the mail, "Name &lt;address&gt;" or an address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>mailer requeue: also queue the dead mail again.</source>
        <translation>mailer requeue: also queue the dead mail again.</translation>
    </message>
    <message>
        <source>--smtp names a user: give its password with --smtp-password-file FILE or in GUICHET_SMTP_PASSWORD.</source>
        <translation>--smtp names a user: give its password with --smtp-password-file FILE or in GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address, optionally after a name: Assurance retraite &lt;no-reply@example.org&gt;.</source>
        <extracomment>%1 is the option (--sender or --reply-to).</extracomment>
        <translation>%1 must be an e-mail address, optionally after a name: Assurance retraite &lt;no-reply@example.org&gt;.</translation>
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
        <source>time</source>
        <translation>time</translation>
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
    <message>
        <source>portal simulator: the time of the action, ISO 8601 (UTC when no offset is given); default now. Refused unless GUICHET_PORTAL_SIMULATOR=1 is in the environment.</source>
        <translation>portal simulator: the time of the action, ISO 8601 (UTC when no offset is given); default now. Refused unless GUICHET_PORTAL_SIMULATOR=1 is in the environment.</translation>
    </message>
    <message>
        <source>portal refuse-email-change: the refusal code of the notice sent to the previous address.</source>
        <translation>portal refuse-email-change: the refusal code of the notice sent to the previous address.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--at changes the time of a portal action: only the portal simulator accepts it, enabled with %1 in the environment (tests, demonstrations).</source>
        <extracomment>%1 is the environment variable's setting, GUICHET_PORTAL_SIMULATOR=1.</extracomment>
        <translation>--at changes the time of a portal action: only the portal simulator accepts it, enabled with %1 in the environment (tests, demonstrations).</translation>
    </message>
</context>
<context>
    <name>CtlProfileCommands</name>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>profile set: who sends the mail: embedded (each desk) or shared_service.</source>
        <translation>profile set: who sends the mail: embedded (each desk) or shared_service.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>There is no connection profile named "%1".</source>
        <translation>There is no connection profile named "%1".</translation>
    </message>
    <message>
        <source>profile set needs --database URL.</source>
        <translation>profile set needs --database URL.</translation>
    </message>
    <message>
        <source>Invalid --smtp URL: expected smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</source>
        <translation>Invalid --smtp URL: expected smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</translation>
    </message>
    <message>
        <source>--smtp-ca must name a readable PEM file.</source>
        <translation>--smtp-ca must name a readable PEM file.</translation>
    </message>
    <message>
        <source>--mail-delivery must be embedded or shared_service.</source>
        <translation>--mail-delivery must be embedded or shared_service.</translation>
    </message>
    <message>
        <source>A profile name has 1 to 40 letters, digits, spaces, '.', '_' or '-', and does not start or end with a space.</source>
        <translation>A profile name has 1 to 40 letters, digits, spaces, '.', '_' or '-', and does not start or end with a space.</translation>
    </message>
    <message>
        <source>The connection profile could not be saved in the settings file.</source>
        <translation>The connection profile could not be saved in the settings file.</translation>
    </message>
    <message>
        <source>The profile's database is an SQLite file: it has no password.</source>
        <translation>The profile's database is an SQLite file: it has no password.</translation>
    </message>
    <message>
        <source>The profile has no mail relay (--smtp): there is no SMTP password to save.</source>
        <translation>The profile has no mail relay (--smtp): there is no SMTP password to save.</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Password (not shown): </translation>
    </message>
    <message>
        <source>No password read: write it on the first line of standard input.</source>
        <translation>No password read: write it on the first line of standard input.</translation>
    </message>
    <message>
        <source>profile set: the sender of the profile's mail, "Name &lt;address&gt;" or an address (header From and envelope).</source>
        <translation>profile set: the sender of the profile's mail, "Name &lt;address&gt;" or an address (header From and envelope).</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>profile set: the Reply-To of the profile's mail (optional).</source>
        <translation>profile set: the Reply-To of the profile's mail (optional).</translation>
    </message>
    <message>
        <source>--smtp-sender, --smtp-reply-to and --smtp-ca go with --smtp URL.</source>
        <translation>--smtp-sender, --smtp-reply-to and --smtp-ca go with --smtp URL.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address, optionally after a name: Assurance retraite &lt;no-reply@example.org&gt;.</source>
        <extracomment>%1 is the option (--smtp-sender or --smtp-reply-to).</extracomment>
        <translation>%1 must be an e-mail address, optionally after a name: Assurance retraite &lt;no-reply@example.org&gt;.</translation>
    </message>
    <message>
        <source>A profile named %1 already exists: names that differ only by case are the same name.</source>
        <extracomment>%1 is the existing profile's name, which differs from the one given only by case.</extracomment>
        <translation>A profile named %1 already exists: names that differ only by case are the same name.</translation>
    </message>
    <message>
        <source>a PostgreSQL streaming replica of the database, where the supervisors' heavy reads go: profile set keeps it in the profile; history lockouts reads there.</source>
        <translation>a PostgreSQL streaming replica of the database, where the supervisors' heavy reads go: profile set keeps it in the profile; history lockouts reads there.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>profile set-password: which password, database, smtp or database-reads.</source>
        <translation>profile set-password: which password, database, smtp or database-reads.</translation>
    </message>
    <message>
        <source>--reads-database names a PostgreSQL streaming replica, for a PostgreSQL --database only.</source>
        <translation>--reads-database names a PostgreSQL streaming replica, for a PostgreSQL --database only.</translation>
    </message>
    <message>
        <source>profile set-password needs --purpose database, --purpose smtp or --purpose database-reads.</source>
        <translation>profile set-password needs --purpose database, --purpose smtp or --purpose database-reads.</translation>
    </message>
    <message>
        <source>The profile has no read replica (--reads-database): there is no password to save for it.</source>
        <translation>The profile has no read replica (--reads-database): there is no password to save for it.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>The connection profile "%1" does not exist or is damaged.</source>
        <translation>The connection profile "%1" does not exist or is damaged.</translation>
    </message>
    <message>
        <source>An administrator can set it up again in Tools → Connection settings, or with guichetctl profile set.</source>
        <translation>An administrator can set it up again in Tools → Connection settings, or with guichetctl profile set.</translation>
    </message>
    <message>
        <source>Guichet cannot open its database.</source>
        <translation>Guichet cannot open its database.</translation>
    </message>
    <message>
        <source>Guichet cannot start: the database address given by %1 is not valid.</source>
        <extracomment>%1 is where the address came from: --database or GUICHET_DATABASE.</extracomment>
        <translation>Guichet cannot start: the database address given by %1 is not valid.</translation>
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
        <translation><numerusform>The identity check is more than %n minute old: verify the caller again.</numerusform><numerusform>The identity check is more than %n minutes old: verify the caller again.</numerusform></translation>
    </message>
    <message>
        <source>Verify the caller's identity first.</source>
        <translation>Verify the caller's identity first.</translation>
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
        <translation><numerusform>Identity verified. Actions are possible for %n minute.</numerusform><numerusform>Identity verified. Actions are possible for %n minutes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The answers do not match the record. %n check(s) left in this call.</source>
        <translation><numerusform>The answers do not match the record. %n check left in this call.</numerusform><numerusform>The answers do not match the record. %n checks left in this call.</numerusform></translation>
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
        <translation><numerusform>A new temporary password is on its way to the address on file. It works once, within %n day.</numerusform><numerusform>A new temporary password is on its way to the address on file. It works once, within %n days.</numerusform></translation>
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
    <message numerus="yes">
        <source>This is not the code that was sent. %n attempt(s) left.</source>
        <translation><numerusform>This is not the code that was sent. %n attempt left.</numerusform><numerusform>This is not the code that was sent. %n attempts left.</numerusform></translation>
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
        <extracomment>%1 lists the civil-status fields that differ ("birth place", "last name, birth date").</extracomment>
        <translation>The national register differs on: %1. The number was not certified; the caller must contact their pension fund (3960).</translation>
    </message>
    <message>
        <source>%1 The account was reloaded: check it and try again.</source>
        <extracomment>%1 says who changed the account meanwhile and that nothing was done.</extracomment>
        <translation>%1 The account was reloaded: check it and try again.</translation>
    </message>
    <message>
        <source>The answers do not match the record.</source>
        <translation>The answers do not match the record.</translation>
    </message>
    <message>
        <source>Checking the outcome…</source>
        <extracomment>An action's answer was lost with the database connection: the desk checks whether it was done (it is never done twice).</extracomment>
        <translation>Checking the outcome…</translation>
    </message>
    <message>
        <source>Reconnecting to the database…</source>
        <extracomment>The database dropped the connection: the desk opens a new one.</extracomment>
        <translation>Reconnecting to the database…</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>agent</source>
        <extracomment>An agent's role, in the status bar.</extracomment>
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
        <extracomment>Window title; %1 is the agent's name.</extracomment>
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
        <extracomment>Status bar; %1 is the agent's name, %2 their role.</extracomment>
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
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>Open the &amp;supervisor's desk…</source>
        <translation>Open the &amp;supervisor's desk…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Connection &amp;settings…</translation>
    </message>
    <message>
        <source>A call is in progress. Quit anyway?</source>
        <translation>A call is in progress. Quit anyway?</translation>
    </message>
    <message>
        <source>The call will be recorded as interrupted, with the time it ended.</source>
        <translation>The call will be recorded as interrupted, with the time it ended.</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;About Guichet</translation>
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
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>The caller's identity has not been verified in this call.</source>
        <translation>The caller's identity has not been verified in this call.</translation>
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
        <source>%1 Look the account up again.</source>
        <extracomment>%1 says who changed the account and that nothing was done.</extracomment>
        <translation>%1 Look the account up again.</translation>
    </message>
    <message>
        <source>Type the e-mail address.</source>
        <translation>Type the e-mail address.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @ between the name and the domain, as in name@domain.fr.</source>
        <translation>An e-mail address has exactly one @ between the name and the domain, as in name@domain.fr.</translation>
    </message>
    <message>
        <source>The name before the @ is missing.</source>
        <translation>The name before the @ is missing.</translation>
    </message>
    <message>
        <source>The name before the @ has at most 64 characters.</source>
        <translation>The name before the @ has at most 64 characters.</translation>
    </message>
    <message>
        <source>The name before the @ may hold only unaccented letters, digits, dots (not first, last or two in a row) and signs such as - _ +.</source>
        <translation>The name before the @ may hold only unaccented letters, digits, dots (not first, last or two in a row) and signs such as - _ +.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>The domain after the @ is missing.</translation>
    </message>
    <message>
        <source>The domain after the @ may hold only letters, digits, hyphens and single dots.</source>
        <translation>The domain after the @ may hold only letters, digits, hyphens and single dots.</translation>
    </message>
    <message>
        <source>Only public addresses are accepted: the domain after the @ needs its extension, as in laposte.net or orange.fr.</source>
        <translation>Only public addresses are accepted: the domain after the @ needs its extension, as in laposte.net or orange.fr.</translation>
    </message>
    <message>
        <source>Only public addresses are accepted: this domain is a network address or is reserved for local or test use.</source>
        <translation>Only public addresses are accepted: this domain is a network address or is reserved for local or test use.</translation>
    </message>
    <message>
        <source>This is already the address on file.</source>
        <translation>This is already the address on file.</translation>
    </message>
    <message>
        <source>Say why in a few words (at most %1 characters).</source>
        <extracomment>%1 is the longest reason allowed, in characters.</extracomment>
        <translation>Say why in a few words (at most %1 characters).</translation>
    </message>
    <message>
        <source>A confirmation code has 6 digits.</source>
        <translation>A confirmation code has 6 digits.</translation>
    </message>
    <message>
        <source>A request key has 8 to 128 characters.</source>
        <translation>A request key has 8 to 128 characters.</translation>
    </message>
    <message>
        <source>%1 acted on this account from another desk meanwhile; nothing was done.</source>
        <extracomment>%1 is the login of the agent (or the system's part, in words) who acted first.</extracomment>
        <translation>%1 acted on this account from another desk meanwhile; nothing was done.</translation>
    </message>
    <message>
        <source>The account was locked meanwhile (too many wrong passwords on the portal); nothing was done.</source>
        <translation>The account was locked meanwhile (too many wrong passwords on the portal); nothing was done.</translation>
    </message>
    <message>
        <source>The account changed on the portal meanwhile (its state or its address); nothing was done.</source>
        <translation>The account changed on the portal meanwhile (its state or its address); nothing was done.</translation>
    </message>
    <message>
        <source>Someone else changed this account meanwhile; nothing was done.</source>
        <translation>Someone else changed this account meanwhile; nothing was done.</translation>
    </message>
    <message>
        <source>The mail relay refuses the mail service's settings (login, password, sender or encryption): delivery is paused until an administrator corrects them.</source>
        <translation>The mail relay refuses the mail service's settings (login, password, sender or encryption): delivery is paused until an administrator corrects them.</translation>
    </message>
    <message>
        <source>Some of the mail that was due was not sent: failed mail is tried again later, dead mail is given up.</source>
        <translation>Some of the mail that was due was not sent: failed mail is tried again later, dead mail is given up.</translation>
    </message>
    <message>
        <source>The password file cannot be read, or it is empty.</source>
        <translation>The password file cannot be read, or it is empty.</translation>
    </message>
    <message>
        <source>The database server refused the login: check the database user and its password (saved with the connection profile), or ask IT whether this login may connect from this computer.</source>
        <translation>The database server refused the login: check the database user and its password (saved with the connection profile), or ask IT whether this login may connect from this computer.</translation>
    </message>
    <message>
        <source>No database server answers at this address: check the host and the port, the network, or ask IT whether the server is running.</source>
        <translation>No database server answers at this address: check the host and the port, the network, or ask IT whether the server is running.</translation>
    </message>
    <message>
        <source>A database connection option is not valid, or a file it names cannot be read (sslmode, sslrootcert, sslcert, sslkey): correct the connection settings.</source>
        <translation>A database connection option is not valid, or a file it names cannot be read (sslmode, sslrootcert, sslcert, sslkey): correct the connection settings.</translation>
    </message>
    <message>
        <source>The database login lacks a privilege for this operation; nothing was changed. Ask IT to grant the privileges listed in the installation guide.</source>
        <translation>The database login lacks a privilege for this operation; nothing was changed. Ask IT to grant the privileges listed in the installation guide.</translation>
    </message>
    <message>
        <source>The database named in the connection settings does not exist on the server: check its name.</source>
        <translation>The database named in the connection settings does not exist on the server: check its name.</translation>
    </message>
    <message>
        <source>The database has no Guichet schema yet: an administrator creates it with guichetctl init, with the login that will own the schema.</source>
        <translation>The database has no Guichet schema yet: an administrator creates it with guichetctl init, with the login that will own the schema.</translation>
    </message>
    <message>
        <source>The database needs an upgrade by an administrator (guichetctl migrate, with the login that owns the schema) before Guichet can use it.</source>
        <translation>The database needs an upgrade by an administrator (guichetctl migrate, with the login that owns the schema) before Guichet can use it.</translation>
    </message>
    <message>
        <source>Only the login that owns the database schema may create or upgrade it: run guichetctl init or migrate with that login.</source>
        <translation>Only the login that owns the database schema may create or upgrade it: run guichetctl init or migrate with that login.</translation>
    </message>
    <message>
        <source>The database server's certificate does not name %1 (it names %2): connect with a host name that the certificate names, or ask IT for a certificate that names %1.</source>
        <extracomment>%1 is the host name in the connection settings, %2 the names the server's certificate holds.</extracomment>
        <translation>The database server's certificate does not name %1 (it names %2): connect with a host name that the certificate names, or ask IT for a certificate that names %1.</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 could not be verified: check the CA file (sslrootcert) given by IT.</source>
        <extracomment>%1 is the host name in the connection settings.</extracomment>
        <translation>The certificate of the database server %1 could not be verified: check the CA file (sslrootcert) given by IT.</translation>
    </message>
    <message>
        <source>The database server's certificate could not be verified: check the CA file (sslrootcert) given by IT.</source>
        <translation>The database server's certificate could not be verified: check the CA file (sslrootcert) given by IT.</translation>
    </message>
    <message>
        <source>The database URL has an unknown option (only sslmode, sslrootcert, sslcert, sslkey and host are accepted).</source>
        <translation>The database URL has an unknown option (only sslmode, sslrootcert, sslcert, sslkey and host are accepted).</translation>
    </message>
    <message>
        <source>An option of the database URL has a value that is not valid (sslmode: disable, allow, prefer, require, verify-ca or verify-full; a file name without a semicolon).</source>
        <translation>An option of the database URL has a value that is not valid (sslmode: disable, allow, prefer, require, verify-ca or verify-full; a file name without a semicolon).</translation>
    </message>
    <message>
        <source>There is no database file at %1. Check the path in the connection settings (or --database); an administrator creates a new database with guichetctl init.</source>
        <extracomment>%1 is the full path of the SQLite file.</extracomment>
        <translation>There is no database file at %1. Check the path in the connection settings (or --database); an administrator creates a new database with guichetctl init.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only for you, and Guichet must write to it (every sign-in and action is recorded). Ask an administrator to let your account write the file and its folder.</source>
        <extracomment>%1 is the full path of the SQLite file.</extracomment>
        <translation>The database file %1 is read-only for you, and Guichet must write to it (every sign-in and action is recorded). Ask an administrator to let your account write the file and its folder.</translation>
    </message>
    <message>
        <source>The file %1 is not a Guichet database, or it is damaged. Check the path; if it is the right file, an administrator restores it from the last backup.</source>
        <extracomment>%1 is the full path of the SQLite file.</extracomment>
        <translation>The file %1 is not a Guichet database, or it is damaged. Check the path; if it is the right file, an administrator restores it from the last backup.</translation>
    </message>
    <message>
        <source>The date of birth is not valid: type the day, the month and the year in four digits (24/12/1960), or 1960-12-24; not in the future.</source>
        <extracomment>The agent types dates as day/month/year (24/12/1960) or as 1960-12-24, in every language.</extracomment>
        <translation>The date of birth is not valid: type the day, the month and the year in four digits (24/12/1960), or 1960-12-24; not in the future.</translation>
    </message>
    <message>
        <source>This date can be read two ways, so it was not checked: type the day first, then the month, then the year in four digits (24/12/1960), or 1960-12-24.</source>
        <translation>This date can be read two ways, so it was not checked: type the day first, then the month, then the year in four digits (24/12/1960), or 1960-12-24.</translation>
    </message>
    <message>
        <source>An e-mail address has at most %1 characters.</source>
        <translation>An e-mail address has at most %1 characters.</translation>
    </message>
    <message>
        <source>The secret question and its answer must not be empty (at most %1 characters each), and the answer needs a letter or a digit.</source>
        <extracomment>The portal's registration; %1 is the longest question or answer, in characters.</extracomment>
        <translation>The secret question and its answer must not be empty (at most %1 characters each), and the answer needs a letter or a digit.</translation>
    </message>
    <message>
        <source>The login or the password is wrong, or the login is locked for a while after too many wrong passwords: try again in %1 minutes, or ask an administrator.</source>
        <extracomment>%1 is a number of minutes (15).</extracomment>
        <translation>The login or the password is wrong, or the login is locked for a while after too many wrong passwords: try again in %1 minutes, or ask an administrator.</translation>
    </message>
    <message>
        <source>This request key was already used for another call, account or action.</source>
        <translation>This request key was already used for another call, account or action.</translation>
    </message>
    <message>
        <source>This login is disabled by an administrator. Ask an administrator to re-enable it.</source>
        <translation>This login is disabled by an administrator. Ask an administrator to re-enable it.</translation>
    </message>
    <message>
        <source>This person's identity checks have failed too often recently, across calls and agents: no new check is possible for now, and supervisors are alerted.</source>
        <translation>This person's identity checks have failed too often recently, across calls and agents: no new check is possible for now, and supervisors are alerted.</translation>
    </message>
    <message>
        <source>The e-mail address was changed recently: a temporary password goes to the new address only after a supervisor approves it.</source>
        <translation>The e-mail address was changed recently: a temporary password goes to the new address only after a supervisor approves it.</translation>
    </message>
    <message>
        <source>The e-mail address was changed recently and the previous address may still refuse the change: no temporary password goes to the new address before the waiting period ends.</source>
        <translation>The e-mail address was changed recently and the previous address may still refuse the change: no temporary password goes to the new address before the waiting period ends.</translation>
    </message>
    <message>
        <source>The holder refused the change of e-mail address from the previous address; that address is kept.</source>
        <translation>The holder refused the change of e-mail address from the previous address; that address is kept.</translation>
    </message>
    <message>
        <source>The audit's sealing key is not on this computer: sealing and full verification run where the audit sequencer runs.</source>
        <translation>The audit's sealing key is not on this computer: sealing and full verification run where the audit sequencer runs.</translation>
    </message>
    <message>
        <source>The checkpoint file cannot be read, or it is not a Guichet audit checkpoint.</source>
        <translation>The checkpoint file cannot be read, or it is not a Guichet audit checkpoint.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; Guichet is reconnecting and checking the result.</source>
        <translation>The connection to the database was lost; Guichet is reconnecting and checking the result.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while the action was being recorded, and its result could not be checked: look at the account again before repeating the action.</source>
        <translation>The connection to the database was lost while the action was being recorded, and its result could not be checked: look at the account again before repeating the action.</translation>
    </message>
    <message>
        <source>Four eyes: a request you made, or about an address you changed, is approved by another supervisor.</source>
        <translation>Four eyes: a request you made, or about an address you changed, is approved by another supervisor.</translation>
    </message>
    <message>
        <source>%1 It ends on %2.</source>
        <extracomment>%1 is the sentence above; %2 the end of the waiting period, a date and time the agent tells the caller.</extracomment>
        <translation>%1 It ends on %2.</translation>
    </message>
</context>
<context>
    <name>GuichetMain</name>
    <message>
        <source>Desk console of the online-services hotline.</source>
        <translation>Desk console of the online-services hotline.</translation>
    </message>
    <message>
        <source>The language of the interface: fr or en. Default: the system's.</source>
        <extracomment>Command-line help.</extracomment>
        <translation>The language of the interface: fr or en. Default: the system's.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME; it wins over --profile. Without either: the GUICHET_DATABASE environment variable, else GUICHET_PROFILE, else the connection profile used last, else the file in your data folder.</source>
        <extracomment>Command-line help; keep sqlite:PATH and postgresql:// as they are.</extracomment>
        <translation>The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME; it wins over --profile. Without either: the GUICHET_DATABASE environment variable, else GUICHET_PROFILE, else the connection profile used last, else the file in your data folder.</translation>
    </message>
    <message>
        <source>The connection profile to use, unless --database is given. Default: see --database.</source>
        <extracomment>Command-line help.</extracomment>
        <translation>The connection profile to use, unless --database is given. Default: see --database.</translation>
    </message>
</context>
<context>
    <name>LockoutHistoryExport</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>NIR (masked)</source>
        <translation>NIR (masked)</translation>
    </message>
    <message>
        <source>Unlocked by (login)</source>
        <translation>Unlocked by (login)</translation>
    </message>
    <message>
        <source>Unlocked by</source>
        <translation>Unlocked by</translation>
    </message>
    <message>
        <source>Unlock reason</source>
        <translation>Unlock reason</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Locked at (local time, UTC offset)</source>
        <extracomment>A CSV column: its times are written as 2026-12-05T16:41:00+01:00.</extracomment>
        <translation>Locked at (local time, UTC offset)</translation>
    </message>
    <message>
        <source>Unlocked at (local time, UTC offset)</source>
        <extracomment>A CSV column: its times are written as 2026-12-05T16:41:00+01:00.</extracomment>
        <translation>Unlocked at (local time, UTC offset)</translation>
    </message>
</context>
<context>
    <name>LockoutHistoryModel</name>
    <message>
        <source>still locked</source>
        <translation>still locked</translation>
    </message>
    <message>
        <source>Locked at</source>
        <translation>Locked at</translation>
    </message>
    <message>
        <source>Unlocked at</source>
        <translation>Unlocked at</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Account (NIR)</source>
        <translation>Account (NIR)</translation>
    </message>
    <message>
        <source>Unlocked by</source>
        <translation>Unlocked by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
</context>
<context>
    <name>LockoutHistoryPanel</name>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>State of the lockouts</source>
        <translation>State of the lockouts</translation>
    </message>
    <message>
        <source>Shows every lockout, only those still locked, or only those unlocked.</source>
        <translation>Shows every lockout, only those still locked, or only those unlocked.</translation>
    </message>
    <message>
        <source>Unlocked &amp;by:</source>
        <translation>Unlocked &amp;by:</translation>
    </message>
    <message>
        <source>Unlocked by</source>
        <extracomment>Who unlocked: %1 is the agent's name, %2 their login.</extracomment>
        <translation>Unlocked by</translation>
    </message>
    <message>
        <source>Shows only the lockouts unlocked by this agent. Lists the agents who acted in the period.</source>
        <translation>Shows only the lockouts unlocked by this agent. Lists the agents who acted in the period.</translation>
    </message>
    <message>
        <source>&amp;NIR:</source>
        <translation>&amp;NIR:</translation>
    </message>
    <message>
        <source>&amp;Repeat lockouts only</source>
        <translation>&amp;Repeat lockouts only</translation>
    </message>
    <message>
        <source>Repeat lockouts only</source>
        <translation>Repeat lockouts only</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Writes the lockouts of the current filter to a CSV file.</source>
        <translation>Writes the lockouts of the current filter to a CSV file.</translation>
    </message>
    <message>
        <source>Show the &amp;whole period</source>
        <translation>Show the &amp;whole period</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Show the whole period</translation>
    </message>
    <message>
        <source>Removes the day chosen on the chart.</source>
        <translation>Removes the day chosen on the chart.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Lockouts</translation>
    </message>
    <message>
        <source>One row per lockout, newest first. Click the heading of the time, attempts or agent column to sort.</source>
        <translation>One row per lockout, newest first. Click the heading of the time, attempts or agent column to sort.</translation>
    </message>
    <message>
        <source>Detail of the selected lockout</source>
        <translation>Detail of the selected lockout</translation>
    </message>
    <message>
        <source>Lockouts per day</source>
        <translation>Lockouts per day</translation>
    </message>
    <message>
        <source>Unlocks and reissues per agent</source>
        <translation>Unlocks and reissues per agent</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>temporary password</translation>
    </message>
    <message>
        <source>secret answer</source>
        <translation>secret answer</translation>
    </message>
    <message>
        <source>All lockouts</source>
        <translation>All lockouts</translation>
    </message>
    <message>
        <source>Still locked</source>
        <translation>Still locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Shows only lockouts of an account locked %1 times or more in %2 days.</source>
        <translation>Shows only lockouts of an account locked %1 times or more in %2 days.</translation>
    </message>
    <message>
        <source>Columns of the lockouts</source>
        <translation>Columns of the lockouts</translation>
    </message>
    <message>
        <source>Select a lockout to see its detail.</source>
        <translation>Select a lockout to see its detail.</translation>
    </message>
    <message>
        <source>No lockout matches the filter in this period.</source>
        <translation>No lockout matches the filter in this period.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the lockouts: %n written…</source>
        <translation><numerusform>Exporting the lockouts: %n written…</numerusform><numerusform>Exporting the lockouts: %n written…</numerusform></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Any agent</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lockout(s)</source>
        <translation><numerusform>%1: %n lockout</numerusform><numerusform>%1: %n lockouts</numerusform></translation>
    </message>
    <message>
        <source>Unlocks</source>
        <translation>Unlocks</translation>
    </message>
    <message>
        <source>Bulk unlocks</source>
        <translation>Bulk unlocks</translation>
    </message>
    <message>
        <source>Reissues</source>
        <translation>Reissues</translation>
    </message>
    <message>
        <source>%1: %2 unlocks, %3 bulk unlocks, %4 reissues</source>
        <extracomment>%1 is an agent's login; then their counts of unlocks, bulk unlocks and reissues.</extracomment>
        <translation>%1: %2 unlocks, %3 bulk unlocks, %4 reissues</translation>
    </message>
    <message>
        <source>No agent unlocked or reissued anything in this period.</source>
        <translation>No agent unlocked or reissued anything in this period.</translation>
    </message>
    <message>
        <source>Click an agent's bar to list the lockouts they unlocked. %1</source>
        <translation>Click an agent's bar to list the lockouts they unlocked. %1</translation>
    </message>
    <message>
        <source>Loading the detail…</source>
        <translation>Loading the detail…</translation>
    </message>
    <message>
        <source>Account (NIR)</source>
        <translation>Account (NIR)</translation>
    </message>
    <message>
        <source>Locked at</source>
        <translation>Locked at</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unlocked at</source>
        <translation>Unlocked at</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>bulk unlock (supervisor)</source>
        <translation>bulk unlock (supervisor)</translation>
    </message>
    <message>
        <source>unlock at the desk</source>
        <translation>unlock at the desk</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>The call of the unlock: %1 its number, %2 when it started, %3 the agent's login.</extracomment>
        <translation>Call</translation>
    </message>
    <message>
        <source>No. %1, %2, taken by %3</source>
        <translation>No. %1, %2, taken by %3</translation>
    </message>
    <message>
        <source>Call reason</source>
        <translation>Call reason</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>not ended</translation>
    </message>
    <message>
        <source>Failed attempts that led to the lockout</source>
        <translation>Failed attempts that led to the lockout</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Export the lockouts</source>
        <translation>Export the lockouts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>lockouts-%1.csv</source>
        <translation>lockouts-%1.csv</translation>
    </message>
    <message>
        <source>Exporting the lockouts…</source>
        <translation>Exporting the lockouts…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n lockout(s) exported to %1.</source>
        <translation><numerusform>%n lockout exported to %1.</numerusform><numerusform>%n lockouts exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelling the export…</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>wrong answer</source>
        <translation>wrong answer</translation>
    </message>
    <message>
        <source>refused: the account was locked</source>
        <translation>refused: the account was locked</translation>
    </message>
    <message>
        <source>temporary password expired</source>
        <translation>temporary password expired</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Day shown in the table</source>
        <translation>Day shown in the table</translation>
    </message>
    <message>
        <source>The whole period, or one of its days with its number of lockouts: what a click on a bar of the lockouts per day chart chooses.</source>
        <translation>The whole period, or one of its days with its number of lockouts: what a click on a bar of the lockouts per day chart chooses.</translation>
    </message>
    <message>
        <source>Whole period</source>
        <extracomment>In the list of days: the table shows every day of the period.</extracomment>
        <translation>Whole period</translation>
    </message>
    <message numerus="yes">
        <source>%n lockout(s) in the period.</source>
        <translation><numerusform>%n lockout in the period.</numerusform><numerusform>%n lockouts in the period.</numerusform></translation>
    </message>
    <message>
        <source>The most on %1: %2.</source>
        <extracomment>The day with the most lockouts: %1 the date, %2 its number of lockouts.</extracomment>
        <translation>The most on %1: %2.</translation>
    </message>
    <message>
        <source>Choose a day in the Day list, or click its bar, to list that day's lockouts.</source>
        <translation>Choose a day in the Day list, or click its bar, to list that day's lockouts.</translation>
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
    <name>PeriodSelector</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <extracomment>A period chosen with the two dates rather than a preset.</extracomment>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>A ready-made period; the dates beside it show and change it.</source>
        <translation>A ready-made period; the dates beside it show and change it.</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>The period starts at midnight on this day.</source>
        <translation>The period starts at midnight on this day.</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>The period ends at midnight after this day (the day is included).</source>
        <translation>The period ends at midnight after this day (the day is included).</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <extracomment>Between the two dates of the period: "From [date] to [date]".</extracomment>
        <translation>t&amp;o:</translation>
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
    <name>ReasonStatisticsTableModel</name>
    <message>
        <source>none ended</source>
        <extracomment>No call of this reason ended in the period, so there is no mean duration.</extracomment>
        <translation>none ended</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Calls not ended yet.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mean duration of the ended calls, in minutes and seconds</source>
        <translation>Mean duration of the ended calls, in minutes and seconds</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Mean duration</translation>
    </message>
</context>
<context>
    <name>ReissueApprovalsPanel</name>
    <message>
        <source>Approv&amp;e the reissue</source>
        <translation>Approv&amp;e the reissue</translation>
    </message>
    <message>
        <source>A temporary password to an e-mail address changed at the desk goes out only after the %1-hour waiting period, during which the previous address may refuse the change, and with the approval of a supervisor other than the agent who asked. Approve only after checking the request with that agent.</source>
        <translation>A temporary password to an e-mail address changed at the desk goes out only after the %1-hour waiting period, during which the previous address may refuse the change, and with the approval of a supervisor other than the agent who asked. Approve only after checking the request with that agent.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Waiting period ends</source>
        <translation>Waiting period ends</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Reissues waiting for a supervisor's approval</source>
        <translation>Reissues waiting for a supervisor's approval</translation>
    </message>
    <message>
        <source>Approve the reissue</source>
        <translation>Approve the reissue</translation>
    </message>
    <message>
        <source>No reissue waits for an approval.</source>
        <translation>No reissue waits for an approval.</translation>
    </message>
    <message>
        <source>Four eyes: another supervisor approves the requests you made.</source>
        <translation>Four eyes: another supervisor approves the requests you made.</translation>
    </message>
    <message>
        <source>Approved for account %1: the agent can reissue once the waiting period ends (%2).</source>
        <extracomment>%1 is the account holder's masked social-security number; %2 the end of the waiting period.</extracomment>
        <translation>Approved for account %1: the agent can reissue once the waiting period ends (%2).</translation>
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
        <extracomment>%1 is the agent's name, %2 their login.</extracomment>
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
    <message numerus="yes">
        <source>Wrong password %n time(s): you are signed out and the call in progress ends as interrupted.</source>
        <extracomment>%n is the number of wrong passwords allowed on the lock screen.</extracomment>
        <translation><numerusform>Wrong password %n time: you are signed out and the call in progress ends as interrupted.</numerusform><numerusform>Wrong password %n times: you are signed out and the call in progress ends as interrupted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n attempt(s) left.</source>
        <extracomment>On the lock screen; %n is how many more passwords may be tried before the agent is signed out.</extracomment>
        <translation><numerusform>Wrong password. %n attempt left.</numerusform><numerusform>Wrong password. %n attempts left.</numerusform></translation>
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
        <extracomment>A script's button that jumps to an action; %1 is the action's name.</extracomment>
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
        <extracomment>Guided script, registration. Speak to the caller formally ("vous").</extracomment>
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
        <translation><numerusform>Explain what follows: a temporary password arrives by e-mail, it must be activated within %n day, and the first login asks for a personal password.</numerusform><numerusform>Explain what follows: a temporary password arrives by e-mail, it must be activated within %n days, and the first login asks for a personal password.</numerusform></translation>
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
        <translation><numerusform>Reissue the temporary password. It works once, within %n day; the caller then chooses a personal password.</numerusform><numerusform>Reissue the temporary password. It works once, within %n days; the caller then chooses a personal password.</numerusform></translation>
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
        <source>Ask the caller to look in their spam or junk folder for a mail from the pension fund's online services.</source>
        <extracomment>Guided script, temporary password not received.</extracomment>
        <translation>Ask the caller to look in their spam or junk folder for a mail from the pension fund's online services.</translation>
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
        <translation><numerusform>The portal locks an account after %n wrong password in a row.</numerusform><numerusform>The portal locks an account after %n wrong passwords in a row.</numerusform></translation>
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
        <source>"We could not identify you" at registration</source>
        <translation>"We could not identify you" at registration</translation>
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
        <source>If the caller's record itself is wrong, only their pension fund can correct it (3960).</source>
        <translation>If the caller's record itself is wrong, only their pension fund can correct it (3960).</translation>
    </message>
    <message>
        <source>The temporary password has expired</source>
        <translation>The temporary password has expired</translation>
    </message>
    <message numerus="yes">
        <source>A temporary password is valid %n day(s); after that the portal refuses it.</source>
        <extracomment>Guided script, temporary password expired.</extracomment>
        <translation><numerusform>A temporary password is valid %n day; after that the portal refuses it.</numerusform><numerusform>A temporary password is valid %n days; after that the portal refuses it.</numerusform></translation>
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
        <source>End the call with the outcome "Refused: calling for someone else".</source>
        <translation>End the call with the outcome "Refused: calling for someone else".</translation>
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
        <source>Write in the call's note what was done and what the caller should do next.</source>
        <translation>Write in the call's note what was done and what the caller should do next.</translation>
    </message>
</context>
<context>
    <name>SecretStoreText</name>
    <message>
        <source>No password is saved for this setting in the system keychain yet. Type it in to save it.</source>
        <extracomment>A password (database, mail server…) that Guichet keeps in the operating system's keychain.</extracomment>
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
    <name>SettingsDialog</name>
    <message>
        <source>Guichet — Connection settings</source>
        <translation>Guichet — Connection settings</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profiles:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>The connection profiles saved on this computer.</source>
        <translation>The connection profiles saved on this computer.</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Add a profile</translation>
    </message>
    <message>
        <source>Starts a new, empty connection profile.</source>
        <translation>Starts a new, empty connection profile.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Remove the profile</translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved passwords, after confirmation.</source>
        <translation>Removes the selected profile and its saved passwords, after confirmation.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>1 to 40 letters, digits, spaces, dots, hyphens or underscores. Agents pick it at sign-in.</source>
        <translation>1 to 40 letters, digits, spaces, dots, hyphens or underscores. Agents pick it at sign-in.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Database kind</source>
        <translation>Database kind</translation>
    </message>
    <message>
        <source>An SQLite file for a single desk, or the hotline's PostgreSQL server.</source>
        <translation>An SQLite file for a single desk, or the hotline's PostgreSQL server.</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite file on this computer</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>The database file on this computer.</source>
        <translation>The database file on this computer.</translation>
    </message>
    <message>
        <source>Browse for the SQLite file</source>
        <translation>Browse for the SQLite file</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Opens a file chooser.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <source>The PostgreSQL server's host name or address.</source>
        <translation>The PostgreSQL server's host name or address.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Database port</translation>
    </message>
    <message>
        <source>From 1 to 65535; empty means 5432.</source>
        <translation>From 1 to 65535; empty means 5432.</translation>
    </message>
    <message>
        <source>Database na&amp;me:</source>
        <translation>Database na&amp;me:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>The name of the database on the server.</source>
        <translation>The name of the database on the server.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Database user</translation>
    </message>
    <message>
        <source>The PostgreSQL user the desk connects as.</source>
        <translation>The PostgreSQL user the desk connects as.</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL mode:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL mode</translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted.</source>
        <translation>Whether the connection to the server is encrypted.</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: never encrypted</translation>
    </message>
    <message>
        <source>allow: encrypted if the server insists</source>
        <translation>allow: encrypted if the server insists</translation>
    </message>
    <message>
        <source>prefer: encrypted when possible</source>
        <translation>prefer: encrypted when possible</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: always encrypted</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: encrypted, certificate checked</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Saved in the system keychain, never in the settings. Leave empty to keep the saved password.</source>
        <translation>Saved in the system keychain, never in the settings. Leave empty to keep the saved password.</translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation>Test the database connection</translation>
    </message>
    <message>
        <source>Connects once with these settings and shows the result below.</source>
        <translation>Connects once with these settings and shows the result below.</translation>
    </message>
    <message>
        <source>&amp;Test the database connection</source>
        <translation>&amp;Test the database connection</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mail re&amp;lay:</source>
        <translation>Mail re&amp;lay:</translation>
    </message>
    <message>
        <source>Mail relay</source>
        <translation>Mail relay</translation>
    </message>
    <message>
        <source>The SMTP server that sends the mail to callers.</source>
        <translation>The SMTP server that sends the mail to callers.</translation>
    </message>
    <message>
        <source>None: mail waits in the outbox</source>
        <translation>None: mail waits in the outbox</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>Relay server</source>
        <translation>Relay server</translation>
    </message>
    <message>
        <source>The SMTP relay's host name or address.</source>
        <translation>The SMTP relay's host name or address.</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Relay port</translation>
    </message>
    <message>
        <source>From 1 to 65535; empty means the usual port.</source>
        <translation>From 1 to 65535; empty means the usual port.</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;curity:</translation>
    </message>
    <message>
        <source>Relay security</source>
        <translation>Relay security</translation>
    </message>
    <message>
        <source>How the connection to the relay is encrypted.</source>
        <translation>How the connection to the relay is encrypted.</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS required</translation>
    </message>
    <message>
        <source>SMTPS (implicit TLS)</source>
        <translation>SMTPS (implicit TLS)</translation>
    </message>
    <message>
        <source>None: plain text (trusted network only)</source>
        <translation>None: plain text (trusted network only)</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Lo&amp;gin:</translation>
    </message>
    <message>
        <source>Relay login</source>
        <translation>Relay login</translation>
    </message>
    <message>
        <source>Empty when the relay asks for no login.</source>
        <translation>Empty when the relay asks for no login.</translation>
    </message>
    <message>
        <source>Relay passwor&amp;d:</source>
        <translation>Relay passwor&amp;d:</translation>
    </message>
    <message>
        <source>Relay password</source>
        <translation>Relay password</translation>
    </message>
    <message>
        <source>Sender addre&amp;ss:</source>
        <translation>Sender addre&amp;ss:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>CA certi&amp;ficate:</translation>
    </message>
    <message>
        <source>Optional (PEM file)</source>
        <translation>Optional (PEM file)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Optional: a PEM file with the certificate authority of an internal relay.</source>
        <translation>Optional: a PEM file with the certificate authority of an internal relay.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Sent b&amp;y:</source>
        <translation>Sent b&amp;y:</translation>
    </message>
    <message>
        <source>Who sends the mail</source>
        <translation>Who sends the mail</translation>
    </message>
    <message>
        <source>This desk sends the mail itself, or one shared mailer service sends it for every desk.</source>
        <translation>This desk sends the mail itself, or one shared mailer service sends it for every desk.</translation>
    </message>
    <message>
        <source>This desk (embedded)</source>
        <translation>This desk (embedded)</translation>
    </message>
    <message>
        <source>A shared mailer service</source>
        <translation>A shared mailer service</translation>
    </message>
    <message>
        <source>Test the mail relay</source>
        <translation>Test the mail relay</translation>
    </message>
    <message>
        <source>Connects and signs in to the relay without sending any mail, and shows the result below.</source>
        <translation>Connects and signs in to the relay without sending any mail, and shows the result below.</translation>
    </message>
    <message>
        <source>Test the ma&amp;il relay</source>
        <translation>Test the ma&amp;il relay</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The outcome of the last test or save.</source>
        <translation>The outcome of the last test or save.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>A test or a save is under way.</source>
        <translation>A test or a save is under way.</translation>
    </message>
    <message>
        <source>Confirm the removal</source>
        <translation>Confirm the removal</translation>
    </message>
    <message>
        <source>Removes the profile and its saved passwords.</source>
        <translation>Removes the profile and its saved passwords.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Keep the profile</translation>
    </message>
    <message>
        <source>Cancels the removal.</source>
        <translation>Cancels the removal.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>Choose the SQLite database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the relay's CA certificate</source>
        <translation>Choose the relay's CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saves the profile; the passwords go to the system keychain.</source>
        <translation>Saves the profile; the passwords go to the system keychain.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes the connection settings.</source>
        <translation>Closes the connection settings.</translation>
    </message>
    <message>
        <source>The profile %1 can no longer be read. Enter its settings again and save it, or remove it.</source>
        <translation>The profile %1 can no longer be read. Enter its settings again and save it, or remove it.</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profile %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Empty: keep the saved password</source>
        <translation>Empty: keep the saved password</translation>
    </message>
    <message>
        <source>Empty: no password</source>
        <translation>Empty: no password</translation>
    </message>
    <message>
        <source>SQLite file: choose the database file.</source>
        <translation>SQLite file: choose the database file.</translation>
    </message>
    <message>
        <source>Database server: enter the server's host name or address.</source>
        <translation>Database server: enter the server's host name or address.</translation>
    </message>
    <message>
        <source>Database port: enter a number from 1 to 65535, or leave it empty.</source>
        <translation>Database port: enter a number from 1 to 65535, or leave it empty.</translation>
    </message>
    <message>
        <source>Database name: enter the name of the database on the server.</source>
        <translation>Database name: enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>Relay server: enter the relay's host name or address.</source>
        <translation>Relay server: enter the relay's host name or address.</translation>
    </message>
    <message>
        <source>Relay port: enter a number from 1 to 65535, or leave it empty.</source>
        <translation>Relay port: enter a number from 1 to 65535, or leave it empty.</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 does not exist.</source>
        <translation>CA certificate: the file %1 does not exist.</translation>
    </message>
    <message>
        <source>Profile name: use 1 to 40 letters, digits, spaces, dots, hyphens or underscores, with no space at either end.</source>
        <translation>Profile name: use 1 to 40 letters, digits, spaces, dots, hyphens or underscores, with no space at either end.</translation>
    </message>
    <message>
        <source>Profile name: a profile named %1 already exists.</source>
        <translation>Profile name: a profile named %1 already exists.</translation>
    </message>
    <message>
        <source>The settings file cannot be written: nothing was saved.</source>
        <translation>The settings file cannot be written: nothing was saved.</translation>
    </message>
    <message>
        <source>The profile is not valid: nothing was saved.</source>
        <translation>The profile is not valid: nothing was saved.</translation>
    </message>
    <message>
        <source>Saving the passwords in the system keychain…</source>
        <translation>Saving the passwords in the system keychain…</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <source>Profile %1 saved, but a password could not be stored in the system keychain: %2</source>
        <extracomment>%1 is the profile, %2 why the keychain refused (a full sentence).</extracomment>
        <translation>Profile %1 saved, but a password could not be stored in the system keychain: %2</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its saved passwords from this computer?</source>
        <translation>Remove the profile %1 and its saved passwords from this computer?</translation>
    </message>
    <message>
        <source>Removing the saved passwords…</source>
        <translation>Removing the saved passwords…</translation>
    </message>
    <message>
        <source>Profile %1 removed.</source>
        <translation>Profile %1 removed.</translation>
    </message>
    <message>
        <source>Profile %1 removed, but its passwords could not be removed from the system keychain: %2</source>
        <translation>Profile %1 removed, but its passwords could not be removed from the system keychain: %2</translation>
    </message>
    <message>
        <source>Testing the database connection…</source>
        <translation>Testing the database connection…</translation>
    </message>
    <message>
        <source>Testing the mail relay…</source>
        <translation>Testing the mail relay…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A profile's name in quotation marks, as the language writes them.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and name checked (recommended)</source>
        <translation>verify-full: encrypted, certificate and name checked (recommended)</translation>
    </message>
    <message>
        <source>CA certificate (ssl&amp;rootcert):</source>
        <translation>CA certificate (ssl&amp;rootcert):</translation>
    </message>
    <message>
        <source>Empty: libpq default (root.crt)</source>
        <translation>Empty: libpq default (root.crt)</translation>
    </message>
    <message>
        <source>Server CA certificate file</source>
        <translation>Server CA certificate file</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of the database server; with verify-full, the recommended mode, the server must prove its name with a certificate from it. Empty: libpq looks for root.crt in its usual folder.</source>
        <translation>A PEM file with the certificate authority of the database server; with verify-full, the recommended mode, the server must prove its name with a certificate from it. Empty: libpq looks for root.crt in its usual folder.</translation>
    </message>
    <message>
        <source>Client certificate (sslc&amp;ert):</source>
        <translation>Client certificate (sslc&amp;ert):</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client certificate file</translation>
    </message>
    <message>
        <source>Optional: a PEM certificate that proves this login to the server, when IT uses client certificates.</source>
        <translation>Optional: a PEM certificate that proves this login to the server, when IT uses client certificates.</translation>
    </message>
    <message>
        <source>Client &amp;key (sslkey):</source>
        <translation>Client &amp;key (sslkey):</translation>
    </message>
    <message>
        <source>Optional (key file)</source>
        <translation>Optional (key file)</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Client key file</translation>
    </message>
    <message>
        <source>Optional: the private key of the client certificate.</source>
        <translation>Optional: the private key of the client certificate.</translation>
    </message>
    <message>
        <source>The address the mail is sent from, optionally after a name.</source>
        <translation>The address the mail is sent from, optionally after a name.</translation>
    </message>
    <message>
        <source>Sender: enter the address the mail comes from, optionally after a name, for example Assurance retraite &lt;no-reply@example.fr&gt;.</source>
        <translation>Sender: enter the address the mail comes from, optionally after a name, for example Assurance retraite &lt;no-reply@example.fr&gt;.</translation>
    </message>
    <message>
        <source>Database TLS file: the file %1 does not exist (or its name holds a semicolon).</source>
        <extracomment>A certificate or key file of the database connection; %1 is the file as typed.</extracomment>
        <translation>Database TLS file: the file %1 does not exist (or its name holds a semicolon).</translation>
    </message>
    <message>
        <source>This profile sends the supervisors' reads to a PostgreSQL replica, which needs a PostgreSQL database: nothing was saved.</source>
        <translation>This profile sends the supervisors' reads to a PostgreSQL replica, which needs a PostgreSQL database: nothing was saved.</translation>
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
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
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
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofile:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>Which database and mail relay this desk uses; your administrator sets them up.</source>
        <translation>Which database and mail relay this desk uses; your administrator sets them up.</translation>
    </message>
    <message>
        <source>As started (no profile)</source>
        <extracomment>The only choice when no connection profile is set up: the connection given at start-up.
----------
The connection in use when it is not one of the profiles (given on the command line).</extracomment>
        <translation>As started (no profile)</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <extracomment>Connection profile; %1 is the full path of the SQLite file on this computer.</extracomment>
        <translation>SQLite file %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>On the sign-in while the desk opens its database (and brings an SQLite file up to date).</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Your desk password. %1 wrong passwords within %2 minutes lock the login for %3 minutes.</source>
        <extracomment>%1 is the number of wrong passwords (5), %2 and %3 numbers of minutes (15).</extracomment>
        <translation>Your desk password. %1 wrong passwords within %2 minutes lock the login for %3 minutes.</translation>
    </message>
    <message>
        <source>The screen was locked and the password was wrong %1 times: the call was ended as interrupted. Sign in again. Here, %2 wrong passwords lock your login for %3 minutes.</source>
        <extracomment>After the lock screen signed the agent out. %1 is the number of wrong passwords allowed on the lock screen (3), %2 the number that locks a login here (5), %3 the minutes it stays locked (15).</extracomment>
        <translation>The screen was locked and the password was wrong %1 times: the call was ended as interrupted. Sign in again. Here, %2 wrong passwords lock your login for %3 minutes.</translation>
    </message>
</context>
<context>
    <name>SupervisionFlags</name>
    <message>
        <source>An agent is flagged when, over the period, their unlocks (or their reissues) number at least %1 and more than %2 times the median of the other agents who made at least one; an agent without such a colleague is not compared.</source>
        <translation>An agent is flagged when, over the period, their unlocks (or their reissues) number at least %1 and more than %2 times the median of the other agents who made at least one; an agent without such a colleague is not compared.</translation>
    </message>
</context>
<context>
    <name>SupervisionFlagsPanel</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Accounts locked again and again</source>
        <translation>Accounts locked again and again</translation>
    </message>
    <message>
        <source>Accounts locked %1 times or more in the last %2 days.</source>
        <translation>Accounts locked %1 times or more in the last %2 days.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Lockouts</translation>
    </message>
    <message>
        <source>Last locked at</source>
        <translation>Last locked at</translation>
    </message>
    <message>
        <source>Agents far above their peers</source>
        <translation>Agents far above their peers</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Peers' median</source>
        <translation>Peers' median</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Temporary passwords never used</source>
        <translation>Temporary passwords never used</translation>
    </message>
    <message>
        <source>Temporary passwords that expired in the period without ever being used.</source>
        <translation>Temporary passwords that expired in the period without ever being used.</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Expired at</source>
        <translation>Expired at</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>Accounts locked %1 times or more in %2 days</source>
        <translation>Accounts locked %1 times or more in %2 days</translation>
    </message>
    <message>
        <source>Temporary passwords expired without being used</source>
        <translation>Temporary passwords expired without being used</translation>
    </message>
    <message>
        <source>Still locked</source>
        <translation>Still locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>reissues</source>
        <translation>reissues</translation>
    </message>
    <message>
        <source>unlocks</source>
        <translation>unlocks</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see this account's events in the audit trail.</source>
        <translation>Double-click or press Enter to see this account's events in the audit trail.</translation>
    </message>
    <message>
        <source>Show the events of account %1</source>
        <extracomment>%1 is the account holder's masked social-security number.</extracomment>
        <translation>Show the events of account %1</translation>
    </message>
    <message>
        <source>Identity checks limited</source>
        <translation>Identity checks limited</translation>
    </message>
    <message>
        <source>Persons whose identity checks failed %1 times or more in the last %2 hours, across calls and agents: their checks are refused for now.</source>
        <extracomment>%1 is a number of failed checks, %2 a number of hours.</extracomment>
        <translation>Persons whose identity checks failed %1 times or more in the last %2 hours, across calls and agents: their checks are refused for now.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <source>Refused checks</source>
        <translation>Refused checks</translation>
    </message>
    <message>
        <source>Last check at</source>
        <translation>Last check at</translation>
    </message>
    <message>
        <source>Limited until</source>
        <translation>Limited until</translation>
    </message>
    <message>
        <source>Identity checks limited (%1 failures in %2 hours)</source>
        <extracomment>%1 is a number of failed checks, %2 a number of hours.</extracomment>
        <translation>Identity checks limited (%1 failures in %2 hours)</translation>
    </message>
    <message>
        <source>Nothing to look at: no account, agent, temporary password or identity check is flagged.</source>
        <translation>Nothing to look at: no account, agent, temporary password or identity check is flagged.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>Guichet — supervision — %1</source>
        <extracomment>Window title; %1 is the supervisor's name.</extracomment>
        <translation>Guichet — supervision — %1</translation>
    </message>
    <message>
        <source>&amp;Lockouts</source>
        <translation>&amp;Lockouts</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Calls</translation>
    </message>
    <message>
        <source>&amp;Flags</source>
        <translation>&amp;Flags</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <source>The history of account lockouts, with charts and the CSV export</source>
        <translation>The history of account lockouts, with charts and the CSV export</translation>
    </message>
    <message>
        <source>Calls per reason and per hour</source>
        <translation>Calls per reason and per hour</translation>
    </message>
    <message>
        <source>What deserves a look: repeated lockouts, unusual agents, unused passwords</source>
        <translation>What deserves a look: repeated lockouts, unusual agents, unused passwords</translation>
    </message>
    <message>
        <source>Every recorded action, and the check of its chain</source>
        <translation>Every recorded action, and the check of its chain</translation>
    </message>
    <message>
        <source>Supervision tabs</source>
        <translation>Supervision tabs</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>E&amp;xport the lockouts (CSV)…</source>
        <translation>E&amp;xport the lockouts (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Scroll sideways</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Scroll</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Column headings</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Row headings</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Previous tab</translation>
    </message>
    <message>
        <source>App&amp;rovals</source>
        <translation>App&amp;rovals</translation>
    </message>
    <message>
        <source>Reissues to a changed e-mail address waiting for a supervisor's approval</source>
        <translation>Reissues to a changed e-mail address waiting for a supervisor's approval</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;About Guichet</translation>
    </message>
    <message>
        <source>Replica unreachable: figures from the main server</source>
        <translation>Replica unreachable: figures from the main server</translation>
    </message>
    <message>
        <source>The read replica does not answer; the lockouts, the statistics and the export are read from the main server meanwhile, and from the replica again once it answers.</source>
        <translation>The read replica does not answer; the lockouts, the statistics and the export are read from the main server meanwhile, and from the replica again once it answers.</translation>
    </message>
    <message>
        <source>Figures from the reads server (not a replica)</source>
        <translation>Figures from the reads server (not a replica)</translation>
    </message>
    <message>
        <source>The profile's reads address names a server that is not a standby: the figures are current, but the load is not taken off the main server.</source>
        <translation>The profile's reads address names a server that is not a standby: the figures are current, but the load is not taken off the main server.</translation>
    </message>
    <message>
        <source>Figures from the replica, up to date</source>
        <translation>Figures from the replica, up to date</translation>
    </message>
    <message>
        <source>Figures from the replica, %1 behind (as of %2 s ago)</source>
        <extracomment>%1 is an amount of data (e.g. "12 KB"), %2 a number of seconds.</extracomment>
        <translation>Figures from the replica, %1 behind (as of %2 s ago)</translation>
    </message>
    <message>
        <source>Figures from the replica, %1 behind</source>
        <extracomment>%1 is an amount of data (e.g. "12 KB").</extracomment>
        <translation>Figures from the replica, %1 behind</translation>
    </message>
    <message>
        <source>The replica has not replayed the latest changes of the main server yet: the most recent lockouts may be missing. Reload to check again.</source>
        <translation>The replica has not replayed the latest changes of the main server yet: the most recent lockouts may be missing. Reload to check again.</translation>
    </message>
    <message>
        <source>Figures from the replica</source>
        <translation>Figures from the replica</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <extracomment>%1 is a time of day.</extracomment>
        <translation>Checked at %1.</translation>
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
        <source>All first names, in the caller's order.</source>
        <translation>All first names, in the caller's order.</translation>
    </message>
    <message>
        <source>Birth date, as the caller says it</source>
        <translation>Birth date, as the caller says it</translation>
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
        <source>Compares the answers with the record (Enter in any field). The record's values are never shown.</source>
        <translation>Compares the answers with the record (Enter in any field). The record's values are never shown.</translation>
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
        <extracomment>%1 is the time left, mm:ss; %2 the time the check expires, in the user's locale.</extracomment>
        <translation>Identity check valid for %1 more (until %2).</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, e.g. 24/12/1960</source>
        <extracomment>Placeholder of the birth date field: day, month, year in four digits, in this order in every language.</extracomment>
        <translation>DD/MM/YYYY, e.g. 24/12/1960</translation>
    </message>
    <message>
        <source>Day, month and year in four digits, in this order, e.g. 24/12/1960; or 1960-12-24.</source>
        <translation>Day, month and year in four digits, in this order, e.g. 24/12/1960; or 1960-12-24.</translation>
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