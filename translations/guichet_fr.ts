<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>Desk console of the online-services hotline</source>
        <translation>Console du guichet téléphonique des services en ligne</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit&#xa0;:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Schéma de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>Guichet&apos;s icon</source>
        <translation>Icône de Guichet</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <extracomment>%1 is the version of Qt the application runs on, %2 the one it was built with.</extracomment>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Guichet uses these libraries, under their licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libsodium.org/&quot;&gt;libsodium&lt;/a&gt;: ISC&lt;/li&gt;&lt;/ul&gt;</source>
        <extracomment>Rich text; keep the tags and the licences&apos; names.</extracomment>
        <translation>&lt;p&gt;Guichet utilise ces bibliothèques, sous leurs licences&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;&#xa0;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;&#xa0;: BSD 3-Clause&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libsodium.org/&quot;&gt;libsodium&lt;/a&gt;&#xa0;: ISC&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Insured person</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Social-security number:</source>
        <translation>Numéro de sécurité sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Certification:</source>
        <extracomment>Whether the social-security number was checked against the national register.</extracomment>
        <translation>Certification&#xa0;:</translation>
    </message>
    <message>
        <source>Number type:</source>
        <extracomment>Whether the social-security number is definitive or provisional.</extracomment>
        <translation>Type de numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Compte sur le portail</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>Locked since:</source>
        <translation>Bloqué depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Failed password attempts:</source>
        <extracomment>How many wrong passwords were typed on the portal in a row.</extracomment>
        <translation>Mots de passe erronés&#xa0;:</translation>
    </message>
    <message>
        <source>Last failed attempt:</source>
        <translation>Dernier échec&#xa0;:</translation>
    </message>
    <message>
        <source>Temporary password issued:</source>
        <translation>Mot de passe provisoire émis le&#xa0;:</translation>
    </message>
    <message>
        <source>Temporary password expires:</source>
        <translation>Expiration du mot de passe provisoire&#xa0;:</translation>
    </message>
    <message>
        <source>Temporary password used:</source>
        <translation>Mot de passe provisoire utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Shown instead of a date that the database does not have.</extracomment>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>When the temporary password expires; %1 is a date and time in the past.</extracomment>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (less than a day left)</source>
        <extracomment>When the temporary password expires; %1 is a date and time less than 24 hours ahead.</extracomment>
        <translation>%1 (moins d&apos;un jour restant)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <extracomment>When the temporary password expires; %1 is a date and time, %n the whole days left.</extracomment>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>No portal account</source>
        <extracomment>State of a person&apos;s portal account, shown as a headline.</extracomment>
        <translation>Aucun compte sur le portail</translation>
    </message>
    <message>
        <source>Pending activation</source>
        <extracomment>State of a portal account: registered, temporary password not yet activated.</extracomment>
        <translation>En attente d&apos;activation</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a portal account: the holder can log in.</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>State of a portal account: locked after too many wrong passwords.</extracomment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Temporary password expired</source>
        <extracomment>State of a portal account: the temporary password was not activated in time.</extracomment>
        <translation>Mot de passe provisoire expiré</translation>
    </message>
    <message>
        <source>The holder can log in to the portal.</source>
        <translation>Le titulaire peut se connecter au portail.</translation>
    </message>
    <message numerus="yes">
        <source>Locked since %1 after %n failed password attempt(s). The holder cannot log in until the account is unlocked.</source>
        <extracomment>%1 is a date and time; %n the number of failed attempts.</extracomment>
        <translation>
            <numerusform>Bloqué depuis le %1 après %n mot de passe erroné. Le titulaire ne peut pas se connecter tant que le compte n&apos;est pas débloqué.</numerusform>
            <numerusform>Bloqué depuis le %1 après %n mots de passe erronés. Le titulaire ne peut pas se connecter tant que le compte n&apos;est pas débloqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder has registered and must activate the temporary password before %1.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Le titulaire s&apos;est inscrit et doit activer le mot de passe provisoire avant le %1.</translation>
    </message>
    <message>
        <source>The holder has registered but has not activated the account yet.</source>
        <translation>Le titulaire s&apos;est inscrit mais n&apos;a pas encore activé son compte.</translation>
    </message>
    <message>
        <source>The temporary password expired on %1 without being activated. The holder must register again, or the desk issues a new temporary password.</source>
        <extracomment>%1 is a date and time in the past.</extracomment>
        <translation>Le mot de passe provisoire a expiré le %1 sans avoir été activé. Le titulaire doit se réinscrire, ou le guichet lui envoie un nouveau mot de passe provisoire.</translation>
    </message>
    <message>
        <source>This person has not registered on the portal.</source>
        <translation>Cette personne n&apos;est pas inscrite sur le portail.</translation>
    </message>
    <message>
        <source>This person has not registered on the portal, and cannot until the social-security number is certified.</source>
        <translation>Cette personne n&apos;est pas inscrite sur le portail, et ne peut pas s&apos;y inscrire tant que le numéro de sécurité sociale n&apos;est pas certifié.</translation>
    </message>
    <message>
        <source>Certified</source>
        <extracomment>The social-security number was checked against the national register.</extracomment>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>The name and e-mail address stay masked until the caller&apos;s identity is verified.</source>
        <translation>Le nom et l&apos;adresse électronique restent masqués tant que l&apos;identité de l&apos;appelant n&apos;est pas vérifiée.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the temporary password has been used to log in: yes, no (expired unused), not yet.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>The portal refuses registration with a number that is not certified: it must be certified first.</source>
        <translation>Le portail refuse l&apos;inscription avec un numéro non certifié&#xa0;: il faut d&apos;abord le certifier.</translation>
    </message>
    <message>
        <source>Provisional, not yet definitive</source>
        <extracomment>A provisional social-security number starts with 3, 4, 7 or 8.</extracomment>
        <translation>Provisoire, pas encore définitif</translation>
    </message>
    <message>
        <source>Last e-mail:</source>
        <translation>Dernier courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Change of address:</source>
        <translation>Changement d&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Appels précédents</translation>
    </message>
    <message>
        <source>This caller&apos;s earlier calls, newest first.</source>
        <translation>Appels précédents de cet appelant, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Columns of the earlier calls</source>
        <translation>Colonnes des appels précédents</translation>
    </message>
    <message>
        <source>Rows of the earlier calls</source>
        <translation>Lignes des appels précédents</translation>
    </message>
    <message>
        <source>Select all earlier calls</source>
        <translation>Sélectionner tous les appels précédents</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <extracomment>Kind of the last mail sent for an account.</extracomment>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <source>Code for a new address</source>
        <translation>Code pour une nouvelle adresse</translation>
    </message>
    <message>
        <source>Notice of a change of address</source>
        <translation>Avis de changement d&apos;adresse</translation>
    </message>
    <message numerus="yes">
        <source>%1: waiting to be sent since %2 (%n attempt(s) so far)</source>
        <extracomment>%1 kind of mail, %2 date; %n delivery attempts so far.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: en attente d&apos;envoi depuis le %2 (%n tentative à ce jour)</numerusform>
            <numerusform>%1&#xa0;: en attente d&apos;envoi depuis le %2 (%n tentatives à ce jour)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting to be sent since %2</source>
        <extracomment>%1 kind of mail, %2 date and time.</extracomment>
        <translation>%1&#xa0;: en attente d&apos;envoi depuis le %2</translation>
    </message>
    <message>
        <source>%1: sent on %2</source>
        <extracomment>%1 kind of mail, %2 date and time.</extracomment>
        <translation>%1&#xa0;: envoyé le %2</translation>
    </message>
    <message>
        <source>%1: not delivered, delivery abandoned (%2)</source>
        <extracomment>%1 kind of mail; %2 the mail server&apos;s reason, technical, in English.</extracomment>
        <translation>%1&#xa0;: non distribué, envoi abandonné (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>A new address waits for the code the caller received; it applies once the code is confirmed.</source>
        <translation>Une nouvelle adresse attend le code reçu par l&apos;appelant&#xa0;; elle s&apos;applique une fois le code confirmé.</translation>
    </message>
    <message>
        <source>No earlier call from this person.</source>
        <translation>Aucun appel précédent de cette personne.</translation>
    </message>
    <message>
        <source>Scroll the earlier calls sideways</source>
        <translation>Défilement horizontal des appels précédents</translation>
    </message>
    <message>
        <source>Scroll the earlier calls</source>
        <translation>Défilement des appels précédents</translation>
    </message>
    <message>
        <source>%1: waiting since %2; delivery is paused because the mail relay refuses the mail service&apos;s settings (%3). An administrator must correct them.</source>
        <extracomment>%1 kind of mail, %2 date and time; %3 the mail relay&apos;s reason, technical, in English.</extracomment>
        <translation>%1&#xa0;: en attente depuis le %2&#xa0;; l&apos;envoi est suspendu car le relais de messagerie refuse les réglages du service d&apos;envoi (%3). Un administrateur doit les corriger.</translation>
    </message>
    <message>
        <source>New temporary password:</source>
        <translation>Nouveau mot de passe provisoire&#xa0;:</translation>
    </message>
    <message>
        <source>Queued at %1, not sent: delivery is paused because the mail relay refuses the mail service&apos;s settings (%2).</source>
        <extracomment>The new temporary password&apos;s mail; %1 date and time; %2 the mail relay&apos;s reason, technical, in English.</extracomment>
        <translation>En file d&apos;attente depuis le %1, non envoyé&#xa0;: l&apos;envoi est suspendu car le relais de messagerie refuse les réglages du service d&apos;envoi (%2).</translation>
    </message>
    <message>
        <source>Queued at %1, not sent yet. The previous temporary password works until it is sent.</source>
        <extracomment>The new temporary password&apos;s mail; %1 date and time. The previous one works until it is sent.</extracomment>
        <translation>En file d&apos;attente depuis le %1, pas encore envoyé. Le mot de passe provisoire précédent reste valable jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <extracomment>The new temporary password&apos;s mail; %1 date and time.</extracomment>
        <translation>Envoyé le %1.</translation>
    </message>
    <message>
        <source>Failed: asked at %1, not delivered (%2).</source>
        <extracomment>The new temporary password&apos;s mail; %1 date and time of the request; %2 the mail server&apos;s reason, technical, in English.</extracomment>
        <translation>Échec&#xa0;: demandé le %1, non remis (%2).</translation>
    </message>
    <message>
        <source>%1 waits for the code the caller received; it replaces the address on file once the code is confirmed.</source>
        <extracomment>%1 is the new e-mail address, masked until the caller&apos;s identity is verified.</extracomment>
        <translation>La nouvelle adresse %1 attend le code reçu par l&apos;appelant&#xa0;; elle remplace l&apos;adresse enregistrée une fois le code confirmé.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Say in a few words why (at least 3 characters).</source>
        <translation>Indiquez le motif en quelques mots (3 caractères au moins).</translation>
    </message>
    <message>
        <source>C&amp;onfirm the code</source>
        <translation>Con&amp;firmer le code</translation>
    </message>
    <message>
        <source>&amp;Unlock the account</source>
        <translation>Dé&amp;bloquer le compte</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Débloquer le compte</translation>
    </message>
    <message>
        <source>Clears the lock after too many wrong passwords (Ctrl+Shift+U).</source>
        <translation>Lève le blocage dû à trop de mots de passe erronés (Ctrl+Maj+U).</translation>
    </message>
    <message>
        <source>&amp;Reissue a temporary password</source>
        <translation>Renvo&amp;yer un mot de passe provisoire</translation>
    </message>
    <message>
        <source>Reissue a temporary password</source>
        <translation>Renvoyer un mot de passe provisoire</translation>
    </message>
    <message>
        <source>Sends a new temporary password to the address on file; you never see it (Ctrl+Shift+R).</source>
        <translation>Envoie un nouveau mot de passe provisoire à l&apos;adresse enregistrée&#xa0;; vous ne le voyez jamais (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>Correct the e-&amp;mail address</source>
        <translation>Corri&amp;ger l&apos;adresse électronique</translation>
    </message>
    <message>
        <source>Correct the e-mail address</source>
        <translation>Corriger l&apos;adresse électronique</translation>
    </message>
    <message>
        <source>Sends a 6-digit code to the new address; the change applies once the caller reads it back (Ctrl+Shift+E).</source>
        <translation>Envoie un code à 6 chiffres à la nouvelle adresse&#xa0;; le changement s&apos;applique une fois que l&apos;appelant vous a lu ce code (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>&amp;Certify the number</source>
        <translation>Certi&amp;fier le numéro</translation>
    </message>
    <message>
        <source>Certify the number</source>
        <translation>Certifier le numéro</translation>
    </message>
    <message>
        <source>Checks the number and civil status against the national register; supervisors only.</source>
        <translation>Contrôle le numéro et l&apos;état civil auprès du répertoire national&#xa0;; réservé aux superviseurs.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Code de confirmation</translation>
    </message>
    <message>
        <source>The 6 digits the caller reads from the mail sent to the new address.</source>
        <translation>Les 6 chiffres que l&apos;appelant lit dans le courriel envoyé à la nouvelle adresse.</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Confirmer le code</translation>
    </message>
    <message>
        <source>Applies the new e-mail address if the code is right.</source>
        <translation>Applique la nouvelle adresse électronique si le code est correct.</translation>
    </message>
    <message>
        <source>Code &amp;read by the caller:</source>
        <translation>Code l&amp;u par l&apos;appelant&#xa0;:</translation>
    </message>
    <message>
        <source>Operation under way</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>Why are you unlocking this account? The reason is kept in the audit trail.</source>
        <translation>Pourquoi débloquez-vous ce compte&#xa0;? Le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason for the unlock</source>
        <translation>Motif du déblocage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message numerus="yes">
        <source>Why are you sending a new temporary password? The previous one stops working; the new one goes to the address on file and is valid %n day(s).</source>
        <translation>
            <numerusform>Pourquoi envoyez-vous un nouveau mot de passe provisoire&#xa0;? L&apos;ancien cesse de fonctionner&#xa0;; le nouveau part à l&apos;adresse enregistrée et reste valable %n jour.</numerusform>
            <numerusform>Pourquoi envoyez-vous un nouveau mot de passe provisoire&#xa0;? L&apos;ancien cesse de fonctionner&#xa0;; le nouveau part à l&apos;adresse enregistrée et reste valable %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the reissue</source>
        <translation>Motif du renvoi</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Type the new address as the caller spells it. A 6-digit code goes to it; the address changes once the caller reads the code back.</source>
        <translation>Saisissez la nouvelle adresse telle que l&apos;appelant l&apos;épelle. Un code à 6 chiffres y est envoyé&#xa0;; l&apos;adresse change une fois que l&apos;appelant vous a lu ce code.</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <translation>Nouvelle adresse électronique</translation>
    </message>
    <message>
        <source>Send the code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>Message strip while an operation runs.</extracomment>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Why are you certifying this number? The reason is kept in the audit trail.</source>
        <translation>Pourquoi certifiez-vous ce numéro&#xa0;? Le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason for the certification</source>
        <translation>Motif de la certification</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Certifier</translation>
    </message>
    <message>
        <source>Compared with the national register for %1 (%2): last name, first names, birth date and birth place, as on file. If all four match, the number is certified; otherwise nothing changes and the fields that differ are named.</source>
        <extracomment>What certification compares; %1 is the caller&apos;s name, %2 the social-security number.</extracomment>
        <translation>Comparés au répertoire national pour %1 (%2)&#xa0;: nom, prénoms, date et lieu de naissance, tels qu&apos;enregistrés. S&apos;ils concordent tous les quatre, le numéro est certifié&#xa0;; sinon rien ne change et les champs qui diffèrent sont nommés.</translation>
    </message>
</context>
<context>
    <name>ActorName</name>
    <message>
        <source>the mail service</source>
        <translation>le service de messagerie</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>le portail</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Look-up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déblocage</translation>
    </message>
    <message>
        <source>Bulk unlock</source>
        <translation>Déblocage en masse</translation>
    </message>
    <message>
        <source>Temporary password reissued</source>
        <translation>Mot de passe provisoire renvoyé</translation>
    </message>
    <message>
        <source>E-mail change asked</source>
        <translation>Changement d&apos;adresse électronique demandé</translation>
    </message>
    <message>
        <source>E-mail change confirmed</source>
        <translation>Changement d&apos;adresse électronique confirmé</translation>
    </message>
    <message>
        <source>Number certified</source>
        <translation>Numéro certifié</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Appel démarré</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Lockout history listed</source>
        <translation>Historique des blocages consulté</translation>
    </message>
    <message>
        <source>Lockout detail viewed</source>
        <translation>Détail d&apos;un blocage consulté</translation>
    </message>
    <message>
        <source>Old traces purged</source>
        <translation>Anciennes traces purgées</translation>
    </message>
    <message>
        <source>Agent sign-in</source>
        <translation>Connexion du conseiller</translation>
    </message>
    <message>
        <source>Agent added</source>
        <translation>Conseiller ajouté</translation>
    </message>
    <message>
        <source>Agent disabled</source>
        <translation>Conseiller désactivé</translation>
    </message>
    <message>
        <source>Agent enabled</source>
        <translation>Conseiller réactivé</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Courriel envoyé</translation>
    </message>
    <message>
        <source>Mail not sent</source>
        <translation>Courriel non envoyé</translation>
    </message>
    <message>
        <source>Mail queued again</source>
        <translation>Courriel remis en file d&apos;attente</translation>
    </message>
    <message>
        <source>Lock screen password</source>
        <translation>Mot de passe de l&apos;écran verrouillé</translation>
    </message>
    <message>
        <source>Signed out by the lock screen</source>
        <translation>Déconnexion par l&apos;écran verrouillé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>identity confirmed</source>
        <translation>identité confirmée</translation>
    </message>
    <message>
        <source>identity not confirmed</source>
        <translation>identité non confirmée</translation>
    </message>
    <message>
        <source>refused: wrong password</source>
        <translation>refusé&#xa0;: mot de passe erroné</translation>
    </message>
    <message>
        <source>failed, will be tried again</source>
        <translation>échec, nouvel essai prévu</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>delivery paused</source>
        <translation>envoi suspendu</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>remis en file d&apos;attente</translation>
    </message>
    <message>
        <source>after too many wrong passwords</source>
        <translation>après trop de mots de passe erronés</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <extracomment>%1 says who changed the account (without the details the desk had).
----------
%1 is the reason of the refusal, one sentence.</extracomment>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>conseiller</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>mot de passe provisoire</translation>
    </message>
    <message>
        <source>e-mail confirmation code</source>
        <translation>code de confirmation d&apos;adresse électronique</translation>
    </message>
    <message>
        <source>notice of address change</source>
        <translation>avis de changement d&apos;adresse</translation>
    </message>
    <message>
        <source>role: %1</source>
        <extracomment>The role given to a new agent; %1 is the role in words.</extracomment>
        <translation>rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>given up before, queued again</source>
        <translation>abandonné auparavant, remis en file d&apos;attente</translation>
    </message>
    <message>
        <source>sent at once instead of waiting</source>
        <translation>envoyé tout de suite au lieu d&apos;attendre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A mail in the audit trail: %1 is its kind (temporary password…), %2 what happened to it.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between two details of an audit event.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A period&apos;s start in the audit trail; %1 is a date and time.</extracomment>
        <translation>du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>The end of an agent&apos;s temporary lock; %1 is a date and time.
----------
A period&apos;s end in the audit trail; %1 is its last day (included), or a date and time.</extracomment>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>all lockouts</source>
        <translation>tous les blocages</translation>
    </message>
    <message>
        <source>still locked only</source>
        <translation>encore bloqués seulement</translation>
    </message>
    <message>
        <source>unlocked only</source>
        <translation>débloqués seulement</translation>
    </message>
    <message>
        <source>unlocked by agent no. %1</source>
        <extracomment>A lockout history filtered on the agent who unlocked; %1 is the agent&apos;s login.</extracomment>
        <translation>débloqués par le conseiller n°&#xa0;%1</translation>
    </message>
    <message>
        <source>unlocked by %1</source>
        <translation>débloqués par %1</translation>
    </message>
    <message>
        <source>one social-security number</source>
        <translation>un numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>repeated lockouts only</source>
        <translation>blocages répétés seulement</translation>
    </message>
    <message>
        <source>lockout no. %1</source>
        <extracomment>The lockout whose detail was viewed; %1 is its number.</extracomment>
        <translation>blocage n°&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>de plus de %n jour</numerusform>
            <numerusform>de plus de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login attempt(s) deleted</source>
        <translation>
            <numerusform>%n tentative de connexion supprimée</numerusform>
            <numerusform>%n tentatives de connexion supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) deleted</source>
        <translation>
            <numerusform>%n consultation supprimée</numerusform>
            <numerusform>%n consultations supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail listed</source>
        <translation>Journal d&apos;audit consulté</translation>
    </message>
    <message>
        <source>Audit chain checked</source>
        <translation>Chaînage du journal d&apos;audit vérifié</translation>
    </message>
    <message>
        <source>Call statistics</source>
        <translation>Statistiques des appels</translation>
    </message>
    <message>
        <source>Supervision flags</source>
        <translation>Signalements de supervision</translation>
    </message>
    <message>
        <source>events by %1</source>
        <extracomment>An audit trail filtered on the agent who acted; %1 is the agent&apos;s login or number.</extracomment>
        <translation>événements de %1</translation>
    </message>
    <message>
        <source>agent no. %1</source>
        <translation>conseiller n°&#xa0;%1</translation>
    </message>
    <message>
        <source>account no. %1</source>
        <extracomment>An audit trail filtered on one account; %1 is the account&apos;s number.</extracomment>
        <translation>compte n°&#xa0;%1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <extracomment>An audit trail filtered on one kind of event; %1 is the kind in words.</extracomment>
        <translation>événements&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked</source>
        <translation>
            <numerusform>%n événement vérifié</numerusform>
            <numerusform>%n événements vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>chaînage intact</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>chaînage rompu</translation>
    </message>
    <message>
        <source>Agent login locked for a while</source>
        <translation>Identifiant du conseiller verrouillé temporairement</translation>
    </message>
    <message>
        <source>refused: unknown login</source>
        <translation>refusé&#xa0;: identifiant inconnu</translation>
    </message>
    <message>
        <source>refused: login locked for a while</source>
        <translation>refusé&#xa0;: identifiant verrouillé temporairement</translation>
    </message>
    <message>
        <source>refused: login disabled</source>
        <translation>refusé&#xa0;: identifiant désactivé</translation>
    </message>
    <message>
        <source>Approval of a reissue requested</source>
        <translation>Approbation d&apos;un renvoi demandée</translation>
    </message>
    <message>
        <source>Reissue approved by a supervisor</source>
        <translation>Renvoi approuvé par un superviseur</translation>
    </message>
    <message>
        <source>Change of e-mail address refused by the holder</source>
        <translation>Changement d&apos;adresse e-mail refusé par le titulaire</translation>
    </message>
    <message>
        <source>Identity checks of a person limited</source>
        <translation>Contrôles d&apos;identité d&apos;une personne limités</translation>
    </message>
    <message>
        <source>Row changed in the database</source>
        <translation>Ligne modifiée dans la base de données</translation>
    </message>
    <message numerus="yes">
        <source>%n failed identity check(s)</source>
        <extracomment>A person&apos;s failed identity checks, across calls and agents, in the limit&apos;s window.</extracomment>
        <translation>
            <numerusform>%n contrôle d&apos;identité échoué</numerusform>
            <numerusform>%n contrôles d&apos;identité échoués</numerusform>
        </translation>
    </message>
    <message>
        <source>limited until %1</source>
        <extracomment>The end of a limit in the audit trail; %1 is a date and time.</extracomment>
        <translation>limité jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity check(s) deleted</source>
        <extracomment>The retention purge: how many records of identity checks (at the desk) it deleted.</extracomment>
        <translation><numerusform>%n vérification d&apos;identité supprimée</numerusform><numerusform>%n vérifications d&apos;identité supprimées</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditTrailPanel</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Shows only this agent&apos;s events. Lists the agents who acted in the period.</source>
        <translation>N&apos;affiche que les événements de ce conseiller. Liste les conseillers ayant agi pendant la période.</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shows only the events of this kind.</source>
        <translation>N&apos;affiche que les événements de ce type.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Checks that no event of the audit trail was changed or removed (every event&apos;s hash and link).</source>
        <translation>Vérifie qu&apos;aucun événement du journal d&apos;audit n&apos;a été modifié ou supprimé (empreinte et lien de chaque événement).</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Conseiller&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>Columns of the audit trail</source>
        <translation>Colonnes du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>No event matches the filter in this period.</source>
        <translation>Aucun événement ne correspond au filtre sur cette période.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <extracomment>The chain could not be verified; %1 says why.</extracomment>
        <translation>Non vérifiée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), none changed or removed.</source>
        <translation>
            <numerusform>Intacte&#xa0;: %n événement, aucun modifié ni supprimé.</numerusform>
            <numerusform>Intacte&#xa0;: %n événements, aucun modifié ni supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>All acco&amp;unts</source>
        <translation>Tous les co&amp;mptes</translation>
    </message>
    <message>
        <source>every account</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Shows the events about every account again.</source>
        <translation>Affiche de nouveau les événements de tous les comptes.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>One row per recorded event, newest first. Enter on a row shows only the events about its account.</source>
        <translation>Une ligne par événement enregistré, du plus récent au plus ancien. Entrée sur une ligne n&apos;affiche que les événements de son compte.</translation>
    </message>
    <message>
        <source>Show the events of account %1 only</source>
        <extracomment>%1 is the account holder&apos;s masked social-security number.</extracomment>
        <translation>N&apos;afficher que les événements du compte %1</translation>
    </message>
    <message>
        <source>Last checkpoint unknown: %1</source>
        <extracomment>%1 says why the last checkpoint could not be read.</extracomment>
        <translation>Dernier point de contrôle inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No checkpoint of the audit trail has been taken yet (guichetctl audit checkpoint).</source>
        <translation>Aucun point de contrôle du journal d&apos;audit n&apos;a encore été pris (guichetctl audit checkpoint).</translation>
    </message>
    <message>
        <source>Last checkpoint: %1 by %2, up to seal %3.</source>
        <extracomment>%1 is a date and time, %2 the login who took the checkpoint, %3 the number of the last seal it covers.</extracomment>
        <translation>Dernier point de contrôle&#xa0;: %1 par %2, jusqu&apos;au sceau %3.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) sealed in order, none removed.</source>
        <translation>
            <numerusform>Intact&#xa0;: %n événement scellé dans l&apos;ordre, aucun supprimé.</numerusform>
            <numerusform>Intact&#xa0;: %n événements scellés dans l&apos;ordre, aucun supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sealed yet.</source>
        <translation>
            <numerusform>%n pas encore scellé.</numerusform>
            <numerusform>%n pas encore scellés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the sealing key this desk sees gaps and removed events; a rewritten event is seen by guichetctl audit verify where the key is.</source>
        <translation>Sans la clé de scellement, ce poste voit les trous et les événements supprimés&#xa0;; un événement réécrit est vu par guichetctl audit verify là où se trouve la clé.</translation>
    </message>
    <message>
        <source>Broken at seal %1 (event id %2) of %3: an event was changed, removed or inserted.</source>
        <extracomment>%1 is the seal&apos;s number in the trail, %2 its event&apos;s id, %3 the number of events.</extracomment>
        <translation>Rompu au sceau %1 (événement n° %2) sur %3&#xa0;: un événement a été modifié, supprimé ou inséré.</translation>
    </message>
    <message>
        <source>Broken: event id %1 was inserted behind the sequencer&apos;s back (never sealed, later events were).</source>
        <extracomment>%1 is an event&apos;s id.</extracomment>
        <translation>Rompu&#xa0;: l&apos;événement n° %1 a été inséré à l&apos;insu du séquenceur (jamais scellé, alors que des événements plus récents l&apos;ont été).</translation>
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
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this account&apos;s events only.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour n&apos;afficher que les événements de ce compte.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Days (%1)</source>
        <extracomment>The title of a chart&apos;s axis of days; %1 is the period, e.g. &quot;1–30 Nov 2026&quot;.</extracomment>
        <translation>Jours (%1)</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>&amp;Reason for the call:</source>
        <translation>&amp;Motif de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Motif de l&apos;appel</translation>
    </message>
    <message>
        <source>Why the caller phones; it chooses the guided script.</source>
        <translation>La raison de l&apos;appel&#xa0;; elle détermine le script guidé.</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Opens a call with the chosen reason (Ctrl+N).</source>
        <translation>Ouvre un appel avec le motif choisi (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;End call…</source>
        <translation>&amp;Terminer l&apos;appel…</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Terminer l&apos;appel</translation>
    </message>
    <message>
        <source>Records how the call ended and closes it (Ctrl+E).</source>
        <translation>Enregistre le résultat de l&apos;appel et le clôt (Ctrl+E).</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <source>A call is already in progress: end it first.</source>
        <translation>Un appel est déjà en cours&#xa0;: terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No call is in progress.</source>
        <translation>Aucun appel en cours.</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <extracomment>Call bar, while a call is open.</extracomment>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>Aucun appel en cours</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Accessible description of the call timer; %1 minutes, %2 seconds.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Choose the reason (Ctrl+R)</source>
        <extracomment>Reason box before a call: nothing is chosen yet.</extracomment>
        <translation>Choisissez le motif (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose why the person calls first (Ctrl+R), then start the call.</source>
        <translation>Choisissez d&apos;abord le motif de l&apos;appel (Ctrl+R), puis démarrez l&apos;appel.</translation>
    </message>
</context>
<context>
    <name>CallCatalog</name>
    <message>
        <source>Cannot register</source>
        <translation>Inscription impossible</translation>
    </message>
    <message>
        <source>Wrong e-mail address given</source>
        <translation>Adresse électronique erronée</translation>
    </message>
    <message>
        <source>Password and secret answer forgotten</source>
        <translation>Mot de passe et réponse secrète oubliés</translation>
    </message>
    <message>
        <source>Social-security number refused</source>
        <translation>Numéro de sécurité sociale refusé</translation>
    </message>
    <message>
        <source>Password not received</source>
        <translation>Mot de passe non reçu</translation>
    </message>
    <message>
        <source>Wrong password / account locked</source>
        <translation>Mot de passe erroné / compte bloqué</translation>
    </message>
    <message>
        <source>Not identified at registration</source>
        <translation>Non identifié à l&apos;inscription</translation>
    </message>
    <message>
        <source>Temporary password expired</source>
        <translation>Mot de passe provisoire expiré</translation>
    </message>
    <message>
        <source>Calling for someone else</source>
        <translation>Appel pour un tiers</translation>
    </message>
    <message>
        <source>Browser security warning</source>
        <translation>Alerte de sécurité du navigateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <source>Caller could not be verified</source>
        <translation>Identité de l&apos;appelant non vérifiée</translation>
    </message>
    <message>
        <source>Redirected to the pension fund (3960)</source>
        <translation>Réorienté vers la caisse de retraite (3960)</translation>
    </message>
    <message>
        <source>Refused: calling for someone else</source>
        <translation>Refusé&#xa0;: appel pour un tiers</translation>
    </message>
    <message>
        <source>Caller will call back</source>
        <translation>L&apos;appelant rappellera</translation>
    </message>
    <message>
        <source>Call interrupted</source>
        <translation>Appel interrompu</translation>
    </message>
</context>
<context>
    <name>CallStatisticsPanel</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Columns of the calls per reason</source>
        <translation>Colonnes des appels par motif</translation>
    </message>
    <message>
        <source>Calls per reason</source>
        <translation>Appels par motif</translation>
    </message>
    <message>
        <source>One row per call reason: calls, calls still open, each outcome, and the mean duration; the last row adds them up.</source>
        <translation>Une ligne par motif d&apos;appel&#xa0;: appels, appels encore en cours, chaque résultat et la durée moyenne&#xa0;; la dernière ligne en fait le total.</translation>
    </message>
    <message>
        <source>Calls per hour of the day</source>
        <translation>Appels par heure de la journée</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in the period, %1 still open; mean duration of the ended calls: %2.</source>
        <extracomment>Totals of the period: %1 calls, %2 still open, %3 the mean duration (m:ss).</extracomment>
        <translation>
            <numerusform>%n appel sur la période, dont %1 encore en cours&#xa0;; durée moyenne des appels terminés&#xa0;: %2.</numerusform>
            <numerusform>%n appels sur la période, dont %1 encore en cours&#xa0;; durée moyenne des appels terminés&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>aucun terminé</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message numerus="yes">
        <source>%1 h: %n call(s)</source>
        <extracomment>%1 is an hour of the day (0–23).</extracomment>
        <translation>
            <numerusform>%1 h&#xa0;: %n appel</numerusform>
            <numerusform>%1 h&#xa0;: %n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per hour of the day (start of the call)</source>
        <translation>Appels par heure de la journée (début de l&apos;appel)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>No call in this period.</source>
        <translation>Aucun appel sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in the period; the busiest hour: %1 h (%2).</source>
        <extracomment>A chart&apos;s summary: %1 the busiest hour of the day (0–23), %2 its number of calls.</extracomment>
        <translation>
            <numerusform>%n appel sur la période&#xa0;; heure la plus chargée&#xa0;: %1 h (%2).</numerusform>
            <numerusform>%n appels sur la période&#xa0;; heure la plus chargée&#xa0;: %1 h (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Looks the caller up by this number (Enter in the field).</source>
        <translation>Recherche l&apos;appelant par ce numéro (Entrée dans le champ).</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Social-security &amp;number:</source>
        <translation>&amp;Numéro de sécurité sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Caller&apos;s account</source>
        <translation>Compte de l&apos;appelant</translation>
    </message>
    <message>
        <source>Start a call first: nothing about a caller can be done outside a call.</source>
        <translation>Démarrez d&apos;abord un appel&#xa0;: rien ne peut être fait pour un appelant en dehors d&apos;un appel.</translation>
    </message>
    <message>
        <source>Ask the caller for their social-security number, type it above and press Enter.
Ctrl+L brings you back to the number at any time.</source>
        <extracomment>Hint while no one is looked up during a call.</extracomment>
        <translation>Demandez à l&apos;appelant son numéro de sécurité sociale, saisissez-le ci-dessus et appuyez sur Entrée.
Ctrl+L vous ramène au numéro à tout moment.</translation>
    </message>
    <message>
        <source>No call in progress.
Choose the reason for the call above and press Ctrl+N to start it.</source>
        <translation>Aucun appel en cours.
Choisissez le motif de l&apos;appel ci-dessus et appuyez sur Ctrl+N pour le démarrer.</translation>
    </message>
    <message>
        <source>Press Enter to look this number up: the account shown is still the previous number&apos;s.</source>
        <translation>Appuyez sur Entrée pour rechercher ce numéro&#xa0;: le compte affiché est encore celui du numéro précédent.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Details: %1</source>
        <extracomment>After a failed connection test; %1 is the technical reason, often the server&apos;s own words.
----------
After a failed relay test; %1 is the failed step and the server&apos;s reply, in English.</extracomment>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to the SQLite file %1 (SQLite %2).</source>
        <extracomment>%1 is the SQLite file, %2 the version of the SQLite library.</extracomment>
        <translation>Connecté au fichier SQLite %1 (SQLite %2).</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 on %2, database %3.</source>
        <extracomment>%1 is the server&apos;s version, %2 the server (host:port), %3 the database name.</extracomment>
        <translation>Connecté à PostgreSQL %1 sur %2, base %3.</translation>
    </message>
    <message>
        <source>No schema yet: the first desk that opens the database creates it.</source>
        <translation>Pas encore de schéma&#xa0;: le premier poste qui ouvrira la base de données le créera.</translation>
    </message>
    <message>
        <source>Its schema (version %1) is newer than this program (version %2): install the update first.</source>
        <translation>Son schéma (version %1) est plus récent que ce programme (version %2)&#xa0;: installez d&apos;abord la mise à jour.</translation>
    </message>
    <message>
        <source>Schema version %1; the first desk that opens it brings it to version %2.</source>
        <translation>Schéma en version %1&#xa0;; le premier poste qui l&apos;ouvrira le passera en version %2.</translation>
    </message>
    <message>
        <source>Schema version %1, up to date.</source>
        <translation>Schéma en version %1, à jour.</translation>
    </message>
    <message>
        <source>The mail relay %1 answered.</source>
        <extracomment>%1 is the mail relay (host:port).</extracomment>
        <translation>Le relais de messagerie %1 a répondu.</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>La connexion est chiffrée.</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>La connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <extracomment>%1 is the relay login, %2 the SMTP authentication mechanism (PLAIN, LOGIN).</extracomment>
        <translation>Authentifié en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>No mail was sent.</source>
        <translation>Aucun courriel n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The mail relay %1 cannot be reached.</source>
        <translation>Le relais de messagerie %1 est injoignable.</translation>
    </message>
    <message>
        <source>The server %1 does not answer as a mail relay.</source>
        <translation>Le serveur %1 ne répond pas comme un relais de messagerie.</translation>
    </message>
    <message>
        <source>The encrypted connection to the mail relay %1 failed: check the security setting and the CA certificate.</source>
        <translation>La connexion chiffrée au relais de messagerie %1 a échoué&#xa0;: vérifiez le paramètre de sécurité et le certificat de l&apos;autorité de certification (CA).</translation>
    </message>
    <message>
        <source>The mail relay %1 refused the login or the password.</source>
        <translation>Le relais de messagerie %1 a refusé l&apos;identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <source>The mail relay %1 refused the test.</source>
        <translation>Le relais de messagerie %1 a refusé le test.</translation>
    </message>
    <message>
        <source>No schema yet: an administrator creates it with guichetctl init, with the login that will own the schema.</source>
        <translation>Pas encore de schéma&#xa0;: un administrateur le crée avec guichetctl init, avec l&apos;identifiant qui en sera propriétaire.</translation>
    </message>
    <message>
        <source>Schema version %1: an administrator must bring it to version %2 (guichetctl migrate) before the desks can use it.</source>
        <translation>Schéma en version %1&#xa0;: un administrateur doit le passer en version %2 (guichetctl migrate) avant que les postes puissent l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The relay accepts %1 as the sender.</source>
        <extracomment>%1 is the sender&apos;s e-mail address.</extracomment>
        <translation>Le relais accepte %1 comme expéditeur.</translation>
    </message>
    <message>
        <source>The mail relay %1 refuses %2 as the sender: use an address that the relay&apos;s login may send from.</source>
        <extracomment>%1 is the mail relay (host:port), %2 the sender&apos;s e-mail address.</extracomment>
        <translation>Le relais de messagerie %1 refuse %2 comme expéditeur&#xa0;: utilisez une adresse depuis laquelle l&apos;identifiant du relais a le droit d&apos;envoyer.</translation>
    </message>
    <message>
        <source>Until this is corrected, mail delivery stays paused; the waiting mail is kept and goes out once the relay accepts it.</source>
        <translation>Tant que ce n&apos;est pas corrigé, l&apos;envoi des courriels reste suspendu&#xa0;; les courriels en attente sont conservés et partiront dès que le relais les acceptera.</translation>
    </message>
</context>
<context>
    <name>CtlAdminCommands</name>
    <message>
        <source>agent add: agent, supervisor or admin.</source>
        <translation>agent add&#xa0;: agent, supervisor ou admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>agent add: the agent&apos;s full name.</source>
        <translation>agent add&#xa0;: le nom complet du conseiller.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>audit list: only events of the account of this NIR.</source>
        <translation>audit list&#xa0;: uniquement les événements du compte de ce NIR.</translation>
    </message>
    <message>
        <source>nir</source>
        <translation>nir</translation>
    </message>
    <message>
        <source>audit list: only events since this ISO 8601 instant.</source>
        <translation>audit list&#xa0;: uniquement les événements depuis cet instant ISO 8601.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>audit list: at most this many events (default 200).</source>
        <translation>audit list&#xa0;: au plus ce nombre d&apos;événements (200 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>agent add needs --role agent, supervisor or admin.</source>
        <translation>agent add exige --role agent, supervisor ou admin.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters from 3 of these 4 kinds: lower case, upper case, digits, other characters (and a login without spaces).</source>
        <translation>Le mot de passe doit compter au moins 8 caractères de 3 de ces 4 types&#xa0;: minuscules, majuscules, chiffres, autres caractères (et l&apos;identifiant ne doit pas contenir d&apos;espace).</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 instant.</source>
        <translation>--since doit être un instant ISO 8601.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Password of the new agent %1 (not shown): </source>
        <extracomment>%1 is the new agent&apos;s login.</extracomment>
        <translation>Mot de passe du nouveau conseiller %1 (masqué)&#xa0;: </translation>
    </message>
    <message>
        <source>agent %1 needs --agent ADMIN: an administrator signs in.</source>
        <extracomment>%1 is the subcommand: disable or enable.</extracomment>
        <translation>agent %1 nécessite --agent ADMIN&#xa0;: un administrateur doit s&apos;identifier.</translation>
    </message>
    <message>
        <source>agent add needs --agent ADMIN: an administrator signs in. Only the first agent of a database without any is added without one, as an admin (--role admin).</source>
        <translation>agent add nécessite --agent ADMIN&#xa0;: un administrateur doit s&apos;identifier. Seul le premier agent d&apos;une base qui n&apos;en compte aucun est ajouté sans administrateur, et comme administrateur (--role admin).</translation>
    </message>
</context>
<context>
    <name>CtlAuditCommands</name>
    <message>
        <source>The key file already exists or cannot be written; a key is never replaced (the seals made with it would no longer verify).</source>
        <translation>Le fichier de clé existe déjà ou ne peut pas être écrit&#xa0;; une clé n&apos;est jamais remplacée (les sceaux faits avec elle ne se vérifieraient plus).</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain already holds an audit sealing key; a key is never replaced (the seals made with it would no longer verify).</source>
        <translation>Le trousseau de cet ordinateur contient déjà une clé de scellement du journal d&apos;audit&#xa0;; une clé n&apos;est jamais remplacée (les sceaux faits avec elle ne se vérifieraient plus).</translation>
    </message>
    <message>
        <source>--interval-ms must be a number of milliseconds from 10 to 3600000.</source>
        <translation>--interval-ms doit être un nombre de millisecondes de 10 à 3600000.</translation>
    </message>
    <message>
        <source>The audit sealing key from this file (a systemd credential) instead of the keychain; audit key init creates it.</source>
        <translation>La clé de scellement du journal d&apos;audit, lue dans ce fichier (un identifiant systemd) au lieu du trousseau&#xa0;; audit key init le crée.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>audit sequencer run: seal what is pending once, then stop.</source>
        <translation>audit sequencer run&#xa0;: sceller une fois ce qui attend, puis s&apos;arrêter.</translation>
    </message>
    <message>
        <source>audit sequencer run: milliseconds between two passes (default 1000).</source>
        <translation>audit sequencer run&#xa0;: millisecondes entre deux passes (1000 par défaut).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>audit verify: compare the trail with this kept checkpoint.</source>
        <translation>audit verify&#xa0;: comparer le journal à ce point de contrôle conservé.</translation>
    </message>
</context>
<context>
    <name>CtlCommandTable</name>
    <message>
        <source>Show this help; after a command, that command&apos;s options.</source>
        <translation>Afficher cette aide&#xa0;; après une commande, les options de cette commande.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>audit list: only events of the agent with this login.</source>
        <translation>audit list&#xa0;: seulement les événements de l&apos;agent ayant cet identifiant.</translation>
    </message>
    <message>
        <source>mailer requeue: only the mail of the account of this NIR.</source>
        <translation>mailer requeue&#xa0;: seulement le courrier du compte de ce NIR.</translation>
    </message>
    <message>
        <source>The login of the supervisor or admin running the command (password from GUICHET_AGENT_PASSWORD or standard input).</source>
        <translation>L&apos;identifiant du superviseur ou de l&apos;administrateur qui lance la commande (mot de passe&#xa0;: GUICHET_AGENT_PASSWORD ou l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>history lockouts: only the lockouts of this social-security number.</source>
        <translation>history lockouts&#xa0;: seulement les blocages de ce numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>profile set: the profile&apos;s mail relay, smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</source>
        <translation>profile set&#xa0;: le relais de messagerie du profil, smtp://[utilisateur@]hôte[:port][?starttls=required|off] ou smtps://[utilisateur@]hôte[:port], sans mot de passe.</translation>
    </message>
    <message>
        <source>profile set: also trust the certificates of this PEM file for the mail relay.</source>
        <translation>profile set&#xa0;: faire aussi confiance aux certificats de ce fichier PEM pour le relais de messagerie.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>create or migrate the schema (the schema owner&apos;s login)</source>
        <translation>créer ou mettre à jour le schéma (identifiant propriétaire du schéma)</translation>
    </message>
    <message>
        <source>bring the schema to this version (the schema owner&apos;s login)</source>
        <translation>mettre le schéma à la version de ce programme (identifiant propriétaire du schéma)</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>validate a social-security number</source>
        <translation>valider un numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>add an insured person</source>
        <translation>ajouter un assuré</translation>
    </message>
    <message>
        <source>add a national-register reference entry</source>
        <translation>ajouter une entrée de référence du répertoire national</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>remplir une base de données vide avec des données de démonstration</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>portal simulator: register an account</source>
        <translation>simulateur du portail&#xa0;: créer un compte</translation>
    </message>
    <message>
        <source>NIR PASSWORD</source>
        <translation>NIR MOT-DE-PASSE</translation>
    </message>
    <message>
        <source>portal simulator: sign in</source>
        <translation>simulateur du portail&#xa0;: se connecter</translation>
    </message>
    <message>
        <source>NIR TEMPORARY NEW-PASSWORD</source>
        <translation>NIR PROVISOIRE NOUVEAU-MOT-DE-PASSE</translation>
    </message>
    <message>
        <source>portal simulator: first sign-in with the temporary password</source>
        <translation>simulateur du portail&#xa0;: première connexion avec le mot de passe provisoire</translation>
    </message>
    <message>
        <source>NIR ANSWER NEW-PASSWORD</source>
        <translation>NIR RÉPONSE NOUVEAU-MOT-DE-PASSE</translation>
    </message>
    <message>
        <source>portal simulator: a new password with the secret answer</source>
        <translation>simulateur du portail&#xa0;: un nouveau mot de passe grâce à la réponse secrète</translation>
    </message>
    <message>
        <source>desk: start a call</source>
        <translation>guichet&#xa0;: commencer un appel</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>desk: find the caller&apos;s account (masked until verified)</source>
        <translation>guichet&#xa0;: trouver le compte de l&apos;appelant (masqué jusqu&apos;à la vérification)</translation>
    </message>
    <message>
        <source>desk: check the caller&apos;s identity</source>
        <translation>guichet&#xa0;: vérifier l&apos;identité de l&apos;appelant</translation>
    </message>
    <message>
        <source>desk: end the call</source>
        <translation>guichet&#xa0;: terminer l&apos;appel</translation>
    </message>
    <message>
        <source>desk: unlock the account</source>
        <translation>guichet&#xa0;: débloquer le compte</translation>
    </message>
    <message>
        <source>desk: send a new temporary password to the address on file</source>
        <translation>guichet&#xa0;: envoyer un nouveau mot de passe provisoire à l&apos;adresse enregistrée</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>desk: change the e-mail address (a code is sent to it)</source>
        <translation>guichet&#xa0;: changer l&apos;adresse électronique (un code y est envoyé)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>desk: confirm the new address with its code</source>
        <translation>guichet&#xa0;: confirmer la nouvelle adresse avec son code</translation>
    </message>
    <message>
        <source>desk: certify the NIR with the national register (supervisors)</source>
        <translation>guichet&#xa0;: certifier le NIR auprès du répertoire national (superviseurs)</translation>
    </message>
    <message>
        <source>desk: unlock the accounts of a CSV file (supervisors)</source>
        <translation>guichet&#xa0;: débloquer les comptes d&apos;un fichier CSV (superviseurs)</translation>
    </message>
    <message>
        <source>deliver the mail outbox (until SIGINT/SIGTERM without --once); without --deliver-to-dir or --smtp, the relay of --profile</source>
        <translation>distribuer la file des courriels (jusqu&apos;à SIGINT/SIGTERM sans --once)&#xa0;; sans --deliver-to-dir ni --smtp, le relais de --profile</translation>
    </message>
    <message>
        <source>make waiting mail due now and lift a pause</source>
        <translation>rendre dus dès maintenant les courriels en attente et lever une pause</translation>
    </message>
    <message>
        <source>the lockout history, as CSV or JSON (supervisors)</source>
        <translation>l&apos;historique des blocages, en CSV ou en JSON (superviseurs)</translation>
    </message>
    <message>
        <source>delete old login attempts and consultations (admins)</source>
        <translation>supprimer les anciennes tentatives de connexion et consultations (administrateurs)</translation>
    </message>
    <message>
        <source>the connection profiles</source>
        <translation>les profils de connexion</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>one connection profile (never a password)</source>
        <translation>un profil de connexion (jamais de mot de passe)</translation>
    </message>
    <message>
        <source>create or replace a connection profile (its database: --database)</source>
        <translation>créer ou remplacer un profil de connexion (sa base de données&#xa0;: --database)</translation>
    </message>
    <message>
        <source>remove a connection profile and its saved passwords</source>
        <translation>supprimer un profil de connexion et ses mots de passe enregistrés</translation>
    </message>
    <message>
        <source>the profile offered first</source>
        <translation>le profil proposé en premier</translation>
    </message>
    <message>
        <source>save a password of the profile in the system keychain (typed without being shown, or the first line of standard input)</source>
        <translation>enregistrer un mot de passe du profil dans le trousseau du système (saisi sans être affiché, ou la première ligne de l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>COMMANDE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options de toutes les commandes&#xa0;:</translation>
    </message>
    <message>
        <source>The options of a command: guichetctl COMMAND --help.</source>
        <translation>Les options d&apos;une commande&#xa0;: guichetctl COMMANDE --help.</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>The option %1 does not apply to %2.</source>
        <extracomment>%1 is an option (--from), %2 a command (mailer run).</extracomment>
        <translation>L&apos;option %1 ne s&apos;applique pas à %2.</translation>
    </message>
    <message>
        <source>Wrong number of arguments: %1</source>
        <extracomment>%1 is the command&apos;s usage, e.g. &quot;guichetctl agent add LOGIN&quot;.</extracomment>
        <translation>Nombre d&apos;arguments incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>the audit events, newest first (supervisors)</source>
        <translation>les événements d&apos;audit, les plus récents d&apos;abord (superviseurs)</translation>
    </message>
    <message>
        <source>add an agent (password from GUICHET_PASSWORD, else typed without being shown, or the first line of standard input; an admin signs in with --agent, except for the first admin of an empty database)</source>
        <translation>ajouter un agent (mot de passe pris dans GUICHET_PASSWORD, sinon saisi sans être affiché, ou lu sur la première ligne de l&apos;entrée standard&#xa0;; un administrateur s&apos;identifie avec --agent, sauf pour le premier administrateur d&apos;une base vide)</translation>
    </message>
    <message>
        <source>disable an agent (an admin signs in with --agent)</source>
        <translation>désactiver un agent (un administrateur s&apos;identifie avec --agent)</translation>
    </message>
    <message>
        <source>enable an agent again (an admin signs in with --agent)</source>
        <translation>réactiver un agent (un administrateur s&apos;identifie avec --agent)</translation>
    </message>
    <message>
        <source>check the seals of the audit trail, and against a kept checkpoint (supervisors)</source>
        <translation>vérifier les sceaux du journal d&apos;audit, et le comparer à un point de contrôle conservé (superviseurs)</translation>
    </message>
    <message>
        <source>print the signed head of the sealed audit trail, to keep outside the database (supervisors, where the sealing key is)</source>
        <translation>afficher la tête signée du journal d&apos;audit scellé, à conserver hors de la base (superviseurs, là où se trouve la clé de scellement)</translation>
    </message>
    <message>
        <source>create the audit sealing key in this computer&apos;s keychain (once, on the sequencer&apos;s host)</source>
        <translation>créer la clé de scellement du journal d&apos;audit dans le trousseau de cet ordinateur (une fois, sur l&apos;hôte du séquenceur)</translation>
    </message>
    <message>
        <source>seal the committed audit events in one order (until SIGINT/SIGTERM without --once)</source>
        <translation>sceller les événements d&apos;audit validés dans un ordre unique (jusqu&apos;à SIGINT/SIGTERM sans --once)</translation>
    </message>
    <message>
        <source>portal simulator: refuse, from the previous address, a change of e-mail address made at the desk</source>
        <translation>simulateur du portail&#xa0;: refuser, depuis l&apos;ancienne adresse, un changement d&apos;adresse e-mail fait au guichet</translation>
    </message>
    <message>
        <source>desk: ask a supervisor to approve a reissue to an address changed at the desk</source>
        <translation>guichet&#xa0;: demander à un superviseur d&apos;approuver un renvoi vers une adresse changée au guichet</translation>
    </message>
    <message>
        <source>desk: the reissue approvals waiting for a supervisor (supervisors)</source>
        <translation>guichet&#xa0;: les approbations de renvoi en attente d&apos;un superviseur (superviseurs)</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>DEMANDE</translation>
    </message>
    <message>
        <source>desk: approve another agent&apos;s reissue request (supervisors; never one&apos;s own)</source>
        <translation>guichet&#xa0;: approuver la demande de renvoi d&apos;un autre conseiller (superviseurs&#xa0;; jamais la sienne)</translation>
    </message>
</context>
<context>
    <name>CtlCommands</name>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>URL de la base de données&#xa0;: sqlite:PATH ou postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation>Langue des messages&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Social-security number (identity add, register add).</source>
        <translation>Numéro de sécurité sociale (identity add, register add).</translation>
    </message>
    <message>
        <source>nir</source>
        <translation>nir</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nom de famille.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>First names.</source>
        <translation>Prénoms.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Date de naissance, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Place of birth (commune, or country when born abroad).</source>
        <translation>Lieu de naissance (commune, ou pays en cas de naissance à l&apos;étranger).</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>identity add: the NIR is not certified yet.</source>
        <translation>identity add&#xa0;: le NIR n&apos;est pas encore certifié.</translation>
    </message>
    <message>
        <source>seed-demo: number of portal accounts to create.</source>
        <translation>seed-demo&#xa0;: nombre de comptes du portail à créer.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>seed-demo: seed of the generator (same seed, same data).</source>
        <translation>seed-demo&#xa0;: graine du générateur (même graine, mêmes données).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>nir check takes exactly one argument (quote a number typed with spaces).</source>
        <translation>nir check prend exactement un argument (mettez entre guillemets un numéro saisi avec des espaces).</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>seed-demo needs --accounts N, with N between 1 and 10000000.</source>
        <translation>seed-demo exige --accounts N, avec N compris entre 1 et 10000000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>Connection profile (see profile list): its database unless --database is given, its mail relay for mailer run. Default: GUICHET_PROFILE.</source>
        <translation>Profil de connexion (voir profile list)&#xa0;: sa base de données, sauf si --database est indiqué, et son relais de messagerie pour mailer run. Par défaut&#xa0;: GUICHET_PROFILE.</translation>
    </message>
    <message>
        <source>Read the database password from this file (all of it but a final line end), e.g. a systemd credential, instead of the keychain.</source>
        <translation>Lire le mot de passe de la base de données dans ce fichier (tout son contenu sauf le dernier saut de ligne), par exemple un secret fourni par systemd, au lieu du trousseau.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--reads-database names a PostgreSQL streaming replica, for a PostgreSQL database only.</source>
        <translation>--reads-database désigne une réplique PostgreSQL en flux continu, pour une base PostgreSQL uniquement.</translation>
    </message>
</context>
<context>
    <name>CtlDeskCommands</name>
    <message>
        <source>desk: the agent&apos;s login (password from GUICHET_AGENT_PASSWORD or standard input).</source>
        <translation>desk&#xa0;: l&apos;identifiant du conseiller (mot de passe lu dans GUICHET_AGENT_PASSWORD ou sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>desk: the call id.</source>
        <translation>desk&#xa0;: le numéro de l&apos;appel.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>desk: call reason code (call-start), or why the action is taken.</source>
        <translation>desk&#xa0;: code du motif de l&apos;appel (call-start), ou raison de l&apos;action.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>desk call-end: how the call ended.</source>
        <translation>desk call-end&#xa0;: le résultat de l&apos;appel.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>desk call-end: a note.</source>
        <translation>desk call-end&#xa0;: une note.</translation>
    </message>
    <message>
        <source>desk unlock-bulk: a CSV file whose first column holds the NIRs.</source>
        <translation>desk unlock-bulk&#xa0;: un fichier CSV dont la première colonne contient les NIR.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>desk: an idempotency key; a replayed request has one effect.</source>
        <translation>desk&#xa0;: une clé d&apos;idempotence&#xa0;; une requête rejouée n&apos;a qu&apos;un seul effet.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>desk commands need --agent LOGIN.</source>
        <translation>Les commandes desk exigent --agent IDENTIFIANT.</translation>
    </message>
    <message>
        <source>This command needs --call ID.</source>
        <translation>Cette commande exige --call ID.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for desk %1.</source>
        <translation>Nombre d&apos;arguments incorrect pour desk %1.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>call-end needs --outcome CODE.</source>
        <translation>call-end exige --outcome CODE.</translation>
    </message>
    <message>
        <source>unlock needs --reason TEXT.</source>
        <translation>unlock exige --reason TEXTE.</translation>
    </message>
    <message>
        <source>reissue needs --reason TEXT.</source>
        <translation>reissue exige --reason TEXTE.</translation>
    </message>
    <message>
        <source>unlock-bulk needs --file CSV and --reason TEXT.</source>
        <translation>unlock-bulk exige --file CSV et --reason TEXTE.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>Password of %1 (not shown): </source>
        <extracomment>%1 is the agent&apos;s login.</extracomment>
        <translation>Mot de passe de %1 (masqué)&#xa0;: </translation>
    </message>
    <message>
        <source>desk approve takes the request&apos;s number.</source>
        <translation>desk approve prend le numéro de la demande.</translation>
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
        <translation>history lockouts&#xa0;: à partir de cet instant (ISO 8601, UTC si aucun décalage n&apos;est indiqué), inclus.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>history lockouts: up to this instant (ISO 8601), excluded.</source>
        <translation>history lockouts&#xa0;: jusqu&apos;à cet instant (ISO 8601), exclu.</translation>
    </message>
    <message>
        <source>history lockouts: locked, unlocked or all (default).</source>
        <translation>history lockouts&#xa0;: locked, unlocked ou all (par défaut).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>history lockouts: only accounts locked at least 3 times in 30 days.</source>
        <translation>history lockouts&#xa0;: uniquement les comptes bloqués au moins 3 fois en 30 jours.</translation>
    </message>
    <message>
        <source>history lockouts: csv or json (default).</source>
        <translation>history lockouts&#xa0;: csv ou json (par défaut).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>purge: delete login attempts and consultations older than this many days (default 365, at least 30).</source>
        <translation>purge&#xa0;: supprimer les tentatives de connexion et les consultations datant de plus de ce nombre de jours (365 par défaut, 30 au minimum).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>This command needs --agent LOGIN (a supervisor or an admin).</source>
        <translation>Cette commande exige --agent IDENTIFIANT (un superviseur ou un administrateur).</translation>
    </message>
    <message>
        <source>--from must be an ISO 8601 instant.</source>
        <translation>--from doit être un instant ISO 8601.</translation>
    </message>
    <message>
        <source>--to must be an ISO 8601 instant.</source>
        <translation>--to doit être un instant ISO 8601.</translation>
    </message>
    <message>
        <source>--state must be locked, unlocked or all.</source>
        <translation>--state doit valoir locked, unlocked ou all.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format doit valoir csv ou json.</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>--older-than must be a whole number of days.</source>
        <translation>--older-than doit être un nombre entier de jours.</translation>
    </message>
    <message>
        <source>Refused: the purge keeps at least %1 days of login attempts and consultations (asked: %2 days).</source>
        <translation>Refusé&#xa0;: la purge conserve au moins %1 jours de tentatives de connexion et de consultations (demandé&#xa0;: %2 jours).</translation>
    </message>
</context>
<context>
    <name>CtlMailerCommands</name>
    <message>
        <source>mailer run: deliver what is due once, then stop.</source>
        <translation>mailer run&#xa0;: distribuer une fois ce qui doit partir, puis s&apos;arrêter.</translation>
    </message>
    <message>
        <source>mailer run: write each message as an .eml file into this folder.</source>
        <translation>mailer run&#xa0;: écrire chaque message dans ce dossier, sous forme de fichier .eml.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>mailer run: deliver over SMTP: smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port]; the password comes from GUICHET_SMTP_PASSWORD.</source>
        <translation>mailer run&#xa0;: envoyer par SMTP&#xa0;: smtp://[utilisateur@]hôte[:port][?starttls=required|off] ou smtps://[utilisateur@]hôte[:port]&#xa0;; le mot de passe vient de GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>mailer run --smtp: also trust the certificates of this PEM file.</source>
        <translation>mailer run --smtp&#xa0;: faire aussi confiance aux certificats de ce fichier PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>mailer run needs exactly one of --deliver-to-dir DIR and --smtp URL.</source>
        <translation>mailer run attend exactement une des options --deliver-to-dir DOSSIER et --smtp URL.</translation>
    </message>
    <message>
        <source>mailer run --deliver-to-dir needs a folder and takes no --smtp-ca.</source>
        <translation>mailer run --deliver-to-dir attend un dossier et n’accepte pas --smtp-ca.</translation>
    </message>
    <message>
        <source>Invalid --smtp URL (%1): expected smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</source>
        <translation>URL --smtp non valide (%1)&#xa0;: attendu smtp://[utilisateur@]hôte[:port][?starttls=required|off] ou smtps://[utilisateur@]hôte[:port], sans mot de passe.</translation>
    </message>
    <message>
        <source>--smtp-ca needs a PEM file.</source>
        <translation>--smtp-ca attend un fichier PEM.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no mail relay: give --smtp URL or --deliver-to-dir DIR, or add --smtp to the profile.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas de relais de messagerie&#xa0;: indiquez --smtp URL ou --deliver-to-dir DOSSIER, ou ajoutez --smtp au profil.</translation>
    </message>
    <message>
        <source>The profile&apos;s mail relay names a user, but no password is saved: run guichetctl profile set-password %1 --purpose smtp, or set GUICHET_SMTP_PASSWORD.</source>
        <translation>Le relais de messagerie du profil indique un utilisateur, mais aucun mot de passe n&apos;est enregistré&#xa0;: exécutez guichetctl profile set-password %1 --purpose smtp, ou définissez GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>mailer run: read the mail relay&apos;s password from this file (e.g. a systemd credential) instead of the keychain or GUICHET_SMTP_PASSWORD.</source>
        <translation>mailer run&#xa0;: lire le mot de passe du relais de messagerie dans ce fichier (par exemple un secret fourni par systemd) au lieu du trousseau ou de GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>mailer run: the sender of the mail, &quot;Name &lt;address&gt;&quot; or an address (header From and envelope).</source>
        <translation>mailer run&#xa0;: l&apos;expéditeur des courriels, &quot;Nom &lt;adresse&gt;&quot; ou une adresse (en-tête From et enveloppe).</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>mailer run: the Reply-To of the mail, &quot;Name &lt;address&gt;&quot; or an address.</source>
        <translation>mailer run&#xa0;: l&apos;adresse de réponse (Reply-To) des courriels, &quot;Nom &lt;adresse&gt;&quot; ou une adresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>mailer requeue: also queue the dead mail again.</source>
        <translation>mailer requeue&#xa0;: remettre aussi en file les courriels abandonnés.</translation>
    </message>
    <message>
        <source>--smtp names a user: give its password with --smtp-password-file FILE or in GUICHET_SMTP_PASSWORD.</source>
        <translation>--smtp nomme un utilisateur&#xa0;: indiquez son mot de passe avec --smtp-password-file FICHIER ou dans GUICHET_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address, optionally after a name: Assurance retraite &lt;no-reply@example.org&gt;.</source>
        <extracomment>%1 is the option (--sender or --reply-to).</extracomment>
        <translation>%1 doit être une adresse électronique, éventuellement précédée d&apos;un nom&#xa0;: Assurance retraite &lt;no-reply@example.org&gt;.</translation>
    </message>
</context>
<context>
    <name>CtlPortalCommands</name>
    <message>
        <source>portal register: e-mail address of the account.</source>
        <translation>portal register&#xa0;: adresse électronique du compte.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>portal register: the secret question.</source>
        <translation>portal register&#xa0;: la question secrète.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>portal register: the answer to the secret question.</source>
        <translation>portal register&#xa0;: la réponse à la question secrète.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>--at must be an ISO 8601 date and time, such as 2026-03-02T09:30:00Z.</source>
        <translation>--at doit être une date et heure ISO 8601, par exemple 2026-03-02T09:30:00Z.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>portal login takes two arguments: NIR PASSWORD.</source>
        <translation>portal login prend deux arguments&#xa0;: NIR MOT-DE-PASSE.</translation>
    </message>
    <message>
        <source>portal activate takes three arguments: NIR TEMPORARY NEW-PASSWORD.</source>
        <translation>portal activate prend trois arguments&#xa0;: NIR PROVISOIRE NOUVEAU-MOT-DE-PASSE.</translation>
    </message>
    <message>
        <source>No portal account has this social-security number.</source>
        <translation>Aucun compte du portail ne correspond à ce numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>portal reset-with-secret takes three arguments: NIR ANSWER NEW-PASSWORD.</source>
        <translation>portal reset-with-secret prend trois arguments&#xa0;: NIR RÉPONSE NOUVEAU-MOT-DE-PASSE.</translation>
    </message>
    <message>
        <source>portal simulator: the time of the action, ISO 8601 (UTC when no offset is given); default now. Refused unless GUICHET_PORTAL_SIMULATOR=1 is in the environment.</source>
        <translation>simulateur du portail&#xa0;: l&apos;heure de l&apos;action, ISO 8601 (UTC sans décalage indiqué)&#xa0;; par défaut maintenant. Refusé sauf si GUICHET_PORTAL_SIMULATOR=1 figure dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>portal refuse-email-change: the refusal code of the notice sent to the previous address.</source>
        <translation>portal refuse-email-change&#xa0;: le code de refus de l&apos;avis envoyé à l&apos;ancienne adresse.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--at changes the time of a portal action: only the portal simulator accepts it, enabled with %1 in the environment (tests, demonstrations).</source>
        <extracomment>%1 is the environment variable&apos;s setting, GUICHET_PORTAL_SIMULATOR=1.</extracomment>
        <translation>--at change l&apos;heure d&apos;une action du portail&#xa0;: seul le simulateur du portail l&apos;accepte, activé par %1 dans l&apos;environnement (tests, démonstrations).</translation>
    </message>
</context>
<context>
    <name>CtlProfileCommands</name>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>profile set: who sends the mail: embedded (each desk) or shared_service.</source>
        <translation>profile set&#xa0;: qui envoie les courriels&#xa0;: embedded (chaque poste) ou shared_service.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil de connexion nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>profile set needs --database URL.</source>
        <translation>profile set exige --database URL.</translation>
    </message>
    <message>
        <source>Invalid --smtp URL: expected smtp://[user@]host[:port][?starttls=required|off] or smtps://[user@]host[:port], without a password.</source>
        <translation>URL --smtp non valide&#xa0;: attendu smtp://[utilisateur@]hôte[:port][?starttls=required|off] ou smtps://[utilisateur@]hôte[:port], sans mot de passe.</translation>
    </message>
    <message>
        <source>--smtp-ca must name a readable PEM file.</source>
        <translation>--smtp-ca doit désigner un fichier PEM lisible.</translation>
    </message>
    <message>
        <source>--mail-delivery must be embedded or shared_service.</source>
        <translation>--mail-delivery doit valoir embedded ou shared_service.</translation>
    </message>
    <message>
        <source>A profile name has 1 to 40 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and does not start or end with a space.</source>
        <translation>Un nom de profil compte de 1 à 40 lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, et ne commence ni ne se termine par une espace.</translation>
    </message>
    <message>
        <source>The connection profile could not be saved in the settings file.</source>
        <translation>Le profil de connexion n&apos;a pas pu être enregistré dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is an SQLite file: it has no password.</source>
        <translation>La base de données du profil est un fichier SQLite&#xa0;: elle n&apos;a pas de mot de passe.</translation>
    </message>
    <message>
        <source>The profile has no mail relay (--smtp): there is no SMTP password to save.</source>
        <translation>Le profil n&apos;a pas de relais de messagerie (--smtp)&#xa0;: il n&apos;y a aucun mot de passe SMTP à enregistrer.</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Mot de passe (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>No password read: write it on the first line of standard input.</source>
        <translation>Aucun mot de passe lu&#xa0;: écrivez-le sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>profile set: the sender of the profile&apos;s mail, &quot;Name &lt;address&gt;&quot; or an address (header From and envelope).</source>
        <translation>profile set&#xa0;: l&apos;expéditeur des courriels du profil, &quot;Nom &lt;adresse&gt;&quot; ou une adresse (en-tête From et enveloppe).</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>profile set: the Reply-To of the profile&apos;s mail (optional).</source>
        <translation>profile set&#xa0;: l&apos;adresse de réponse (Reply-To) des courriels du profil (facultative).</translation>
    </message>
    <message>
        <source>--smtp-sender, --smtp-reply-to and --smtp-ca go with --smtp URL.</source>
        <translation>--smtp-sender, --smtp-reply-to et --smtp-ca s&apos;emploient avec --smtp URL.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address, optionally after a name: Assurance retraite &lt;no-reply@example.org&gt;.</source>
        <extracomment>%1 is the option (--smtp-sender or --smtp-reply-to).</extracomment>
        <translation>%1 doit être une adresse électronique, éventuellement précédée d&apos;un nom&#xa0;: Assurance retraite &lt;no-reply@example.org&gt;.</translation>
    </message>
    <message>
        <source>A profile named %1 already exists: names that differ only by case are the same name.</source>
        <extracomment>%1 is the existing profile&apos;s name, which differs from the one given only by case.</extracomment>
        <translation>Un profil nommé %1 existe déjà&#xa0;: des noms qui ne diffèrent que par les majuscules sont le même nom.</translation>
    </message>
    <message>
        <source>a PostgreSQL streaming replica of the database, where the supervisors&apos; heavy reads go: profile set keeps it in the profile; history lockouts reads there.</source>
        <translation>une réplique PostgreSQL en flux continu de la base, où vont les lectures lourdes des superviseurs&#xa0;: profile set la garde dans le profil&#xa0;; history lockouts y lit.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>profile set-password: which password, database, smtp or database-reads.</source>
        <translation>profile set-password&#xa0;: quel mot de passe, database, smtp ou database-reads.</translation>
    </message>
    <message>
        <source>--reads-database names a PostgreSQL streaming replica, for a PostgreSQL --database only.</source>
        <translation>--reads-database désigne une réplique PostgreSQL en flux continu, pour une --database PostgreSQL uniquement.</translation>
    </message>
    <message>
        <source>profile set-password needs --purpose database, --purpose smtp or --purpose database-reads.</source>
        <translation>profile set-password demande --purpose database, --purpose smtp ou --purpose database-reads.</translation>
    </message>
    <message>
        <source>The profile has no read replica (--reads-database): there is no password to save for it.</source>
        <translation>Le profil n&apos;a pas de réplique de lecture (--reads-database)&#xa0;: il n&apos;y a pas de mot de passe à enregistrer pour elle.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>The connection profile &quot;%1&quot; does not exist or is damaged.</source>
        <translation>Le profil de connexion «&#xa0;%1&#xa0;» n&apos;existe pas ou est endommagé.</translation>
    </message>
    <message>
        <source>An administrator can set it up again in Tools → Connection settings, or with guichetctl profile set.</source>
        <translation>Un administrateur peut le reconfigurer dans Outils → Paramètres de connexion, ou avec guichetctl profile set.</translation>
    </message>
    <message>
        <source>Guichet cannot open its database.</source>
        <translation>Guichet ne peut pas ouvrir sa base de données.</translation>
    </message>
    <message>
        <source>Guichet cannot start: the database address given by %1 is not valid.</source>
        <extracomment>%1 is where the address came from: --database or GUICHET_DATABASE.</extracomment>
        <translation>Guichet ne peut pas démarrer&#xa0;: l&apos;adresse de base de données donnée par %1 n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Only supervisors can certify a social-security number.</source>
        <translation>Seuls les superviseurs peuvent certifier un numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>Start a call first: nothing about a caller can be done outside a call.</source>
        <translation>Démarrez d&apos;abord un appel&#xa0;: rien ne peut être fait pour un appelant en dehors d&apos;un appel.</translation>
    </message>
    <message>
        <source>Look the caller up first.</source>
        <translation>Recherchez d&apos;abord l&apos;appelant.</translation>
    </message>
    <message>
        <source>Three identity checks failed in this call: no action is possible. End the call.</source>
        <translation>Trois vérifications d&apos;identité ont échoué pendant cet appel&#xa0;: aucune action n&apos;est possible. Terminez l&apos;appel.</translation>
    </message>
    <message numerus="yes">
        <source>The identity check is more than %n minute(s) old: verify the caller again.</source>
        <translation>
            <numerusform>La vérification d&apos;identité date de plus de %n minute&#xa0;: vérifiez de nouveau l&apos;identité de l&apos;appelant.</numerusform>
            <numerusform>La vérification d&apos;identité date de plus de %n minutes&#xa0;: vérifiez de nouveau l&apos;identité de l&apos;appelant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity first.</source>
        <translation>Vérifiez d&apos;abord l&apos;identité de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Wait for the operation under way to finish.</source>
        <translation>Attendez la fin de l&apos;opération en cours.</translation>
    </message>
    <message>
        <source>This person has no portal account.</source>
        <translation>Cette personne n&apos;a pas de compte sur le portail.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>Le compte n&apos;est pas bloqué.</translation>
    </message>
    <message>
        <source>No change of address is waiting for its code.</source>
        <translation>Aucun changement d&apos;adresse n&apos;attend son code.</translation>
    </message>
    <message>
        <source>A provisional number cannot be certified: the caller must contact their pension fund (3960).</source>
        <translation>Un numéro provisoire ne peut pas être certifié&#xa0;: l&apos;appelant doit contacter sa caisse de retraite (3960).</translation>
    </message>
    <message>
        <source>The number is already certified.</source>
        <translation>Le numéro est déjà certifié.</translation>
    </message>
    <message>
        <source>No insured person has this number.</source>
        <translation>Aucun assuré n&apos;a ce numéro.</translation>
    </message>
    <message>
        <source>Read the number back to the caller and check each digit.</source>
        <translation>Relisez le numéro à l&apos;appelant et vérifiez chaque chiffre.</translation>
    </message>
    <message>
        <source>The number stays in the field: press Enter to try again.</source>
        <translation>Le numéro reste dans le champ&#xa0;: appuyez sur Entrée pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Identity verified. Actions are possible for %n minute(s).</source>
        <extracomment>%n is the validity of the identity check in minutes.</extracomment>
        <translation>
            <numerusform>Identité vérifiée. Les actions sont possibles pendant %n minute.</numerusform>
            <numerusform>Identité vérifiée. Les actions sont possibles pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answers do not match the record. %n check(s) left in this call.</source>
        <translation>
            <numerusform>Les réponses ne correspondent pas au dossier. Il reste %n vérification possible pendant cet appel.</numerusform>
            <numerusform>Les réponses ne correspondent pas au dossier. Il reste %n vérifications possibles pendant cet appel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers do not match the record, for the third time: no action is possible in this call. End the call.</source>
        <translation>Les réponses ne correspondent pas au dossier, pour la troisième fois&#xa0;: aucune action n&apos;est possible pendant cet appel. Terminez l&apos;appel.</translation>
    </message>
    <message>
        <source>The account is unlocked: the holder can log in again.</source>
        <translation>Le compte est débloqué&#xa0;: le titulaire peut de nouveau se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>A new temporary password is on its way to the address on file. It works once, within %n day(s).</source>
        <extracomment>%n is the validity of a temporary password in days.</extracomment>
        <translation>
            <numerusform>Un nouveau mot de passe provisoire part vers l&apos;adresse enregistrée. Il ne sert qu&apos;une fois, dans un délai de %n jour.</numerusform>
            <numerusform>Un nouveau mot de passe provisoire part vers l&apos;adresse enregistrée. Il ne sert qu&apos;une fois, dans un délai de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>A 6-digit code is on its way to the new address. Ask the caller to read it back, then type it in the code field.</source>
        <translation>Un code à 6 chiffres part vers la nouvelle adresse. Demandez à l&apos;appelant de vous le lire, puis saisissez-le dans le champ du code.</translation>
    </message>
    <message>
        <source>The new address is confirmed. The previous address receives a notice.</source>
        <translation>La nouvelle adresse est confirmée. L&apos;ancienne adresse reçoit un avis.</translation>
    </message>
    <message>
        <source>The number is certified: the holder can now register on the portal.</source>
        <translation>Le numéro est certifié&#xa0;: le titulaire peut désormais s&apos;inscrire sur le portail.</translation>
    </message>
    <message numerus="yes">
        <source>This is not the code that was sent. %n attempt(s) left.</source>
        <translation>
            <numerusform>Ce n&apos;est pas le code envoyé. Il reste %n tentative.</numerusform>
            <numerusform>Ce n&apos;est pas le code envoyé. Il reste %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the same action again: it will not be done twice.</source>
        <translation>Relancez la même action&#xa0;: elle ne sera pas effectuée deux fois.</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>birth place</source>
        <translation>lieu de naissance</translation>
    </message>
    <message>
        <source>The national register differs on: %1. The number was not certified; the caller must contact their pension fund (3960).</source>
        <extracomment>%1 lists the civil-status fields that differ (&quot;birth place&quot;, &quot;last name, birth date&quot;).</extracomment>
        <translation>Le répertoire national diffère sur&#xa0;: %1. Le numéro n’a pas été certifié&#xa0;; l’appelant doit contacter sa caisse de retraite (3960).</translation>
    </message>
    <message>
        <source>%1 The account was reloaded: check it and try again.</source>
        <extracomment>%1 says who changed the account meanwhile and that nothing was done.</extracomment>
        <translation>%1 Le compte a été rechargé&#xa0;: vérifiez-le et recommencez.</translation>
    </message>
    <message>
        <source>The answers do not match the record.</source>
        <translation>Les réponses ne correspondent pas au dossier.</translation>
    </message>
    <message>
        <source>Checking the outcome…</source>
        <extracomment>An action&apos;s answer was lost with the database connection: the desk checks whether it was done (it is never done twice).</extracomment>
        <translation>Vérification du résultat…</translation>
    </message>
    <message>
        <source>Reconnecting to the database…</source>
        <extracomment>The database dropped the connection: the desk opens a new one.</extracomment>
        <translation>Reconnexion à la base…</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>agent</source>
        <extracomment>An agent&apos;s role, in the status bar.</extracomment>
        <translation>conseiller</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Guichet — %1</source>
        <extracomment>Window title; %1 is the agent&apos;s name.</extracomment>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Guided script</source>
        <translation>Script guidé</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <extracomment>Status bar; %1 is the agent&apos;s name, %2 their role.</extracomment>
        <translation>Session&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Choose the &amp;reason</source>
        <translation>Choisir le &amp;motif</translation>
    </message>
    <message>
        <source>&amp;End call…</source>
        <translation>&amp;Terminer l&apos;appel…</translation>
    </message>
    <message>
        <source>&amp;Look up a number</source>
        <translation>&amp;Rechercher un numéro</translation>
    </message>
    <message>
        <source>&amp;Verify identity</source>
        <translation>&amp;Vérifier l&apos;identité</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen</source>
        <translation>Verrouiller l&apos;é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;Unlock the account…</source>
        <translation>&amp;Débloquer le compte…</translation>
    </message>
    <message>
        <source>&amp;Reissue a temporary password…</source>
        <translation>&amp;Renvoyer un mot de passe provisoire…</translation>
    </message>
    <message>
        <source>Correct the e-&amp;mail address…</source>
        <translation>&amp;Corriger l&apos;adresse électronique…</translation>
    </message>
    <message>
        <source>&amp;Certify the number</source>
        <translation>Cer&amp;tifier le numéro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Défilement horizontal</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Défilement</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>Open the &amp;supervisor&apos;s desk…</source>
        <translation>Ouvrir le poste du &amp;superviseur…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Paramètres de connexion…</translation>
    </message>
    <message>
        <source>A call is in progress. Quit anyway?</source>
        <translation>Un appel est en cours. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The call will be recorded as interrupted, with the time it ended.</source>
        <translation>L&apos;appel sera enregistré comme interrompu, avec son heure de fin.</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
</context>
<context>
    <name>EarlierCallsModel</name>
    <message>
        <source>Not ended</source>
        <extracomment>An earlier call that has no outcome yet (still open, or never closed).</extracomment>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of the earlier calls table.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <source>End the call</source>
        <translation>Terminer l&apos;appel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>How the call ended.</source>
        <translation>Comment l&apos;appel s&apos;est terminé.</translation>
    </message>
    <message>
        <source>What was done, what the caller should do next</source>
        <translation>Ce qui a été fait, ce que l&apos;appelant doit faire ensuite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A short note kept with the call. Write no password, code or full e-mail address.</source>
        <translation>Une courte note conservée avec l&apos;appel. N&apos;y écrivez ni mot de passe, ni code, ni adresse électronique complète.</translation>
    </message>
    <message>
        <source>Record how the call ended. The call closes when you confirm.</source>
        <translation>Indiquez le résultat de l&apos;appel. L&apos;appel est clos quand vous confirmez.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Terminer l&apos;appel</translation>
    </message>
    <message>
        <source>Keep the call open</source>
        <translation>Garder l&apos;appel ouvert</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Valid social-security number.</source>
        <translation>Numéro de sécurité sociale valide.</translation>
    </message>
    <message>
        <source>Type the social-security number: 13 or 15 characters.</source>
        <translation>Saisissez le numéro de sécurité sociale&#xa0;: 13 ou 15 caractères.</translation>
    </message>
    <message>
        <source>Only digits are allowed, plus 2A or 2B for a birth in Corsica.</source>
        <translation>Seuls les chiffres sont admis, ainsi que 2A ou 2B pour une naissance en Corse.</translation>
    </message>
    <message>
        <source>A social-security number has 13 characters, or 15 with its key.</source>
        <translation>Un numéro de sécurité sociale compte 13 caractères, ou 15 avec sa clé.</translation>
    </message>
    <message>
        <source>The first digit must be 1 or 2 (3, 4, 7 or 8 for a provisional number).</source>
        <extracomment>The first digit of the NIR.</extracomment>
        <translation>Le premier chiffre doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire).</translation>
    </message>
    <message>
        <source>The month of birth (4th and 5th digits) is not valid.</source>
        <translation>Le mois de naissance (4e et 5e chiffres) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The department of birth is not valid (01 to 95, 2A, 2B, 96, 971 to 989, or 99 abroad).</source>
        <translation>Le département de naissance n&apos;est pas valide (01 à 95, 2A, 2B, 96, 971 à 989, ou 99 pour l&apos;étranger).</translation>
    </message>
    <message>
        <source>The commune of birth cannot be zero.</source>
        <translation>Le code de la commune de naissance ne peut pas être nul.</translation>
    </message>
    <message>
        <source>The country of birth cannot be zero.</source>
        <translation>Le code du pays de naissance ne peut pas être nul.</translation>
    </message>
    <message>
        <source>The birth order number cannot be 000.</source>
        <translation>Le numéro d&apos;ordre de naissance ne peut pas être 000.</translation>
    </message>
    <message>
        <source>The key (last two digits) must be between 01 and 97.</source>
        <translation>La clé (deux derniers chiffres) doit être comprise entre 01 et 97.</translation>
    </message>
    <message>
        <source>The key does not match the number: check each digit with the caller.</source>
        <translation>La clé ne correspond pas au numéro&#xa0;: vérifiez chaque chiffre avec l&apos;appelant.</translation>
    </message>
    <message>
        <source>The data given is incomplete or not valid.</source>
        <translation>Les données fournies sont incomplètes ou non valides.</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>Cet enregistrement existe déjà.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the connection settings or try again in a moment.</source>
        <translation>La base de données est injoignable. Vérifiez les paramètres de connexion ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database refused the operation; nothing was changed.</source>
        <translation>La base de données a refusé l&apos;opération&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Guichet. Install the update first.</source>
        <translation>La base de données a été créée par une version plus récente de Guichet. Installez d&apos;abord la mise à jour.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment; nothing was changed.</source>
        <translation>La base de données est occupée. Réessayez dans un instant&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>L&apos;URL de la base de données est vide.</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite: or postgresql://.</source>
        <translation>L&apos;URL de la base de données doit commencer par sqlite: ou postgresql://.</translation>
    </message>
    <message>
        <source>The SQLite database URL has no file path.</source>
        <translation>L&apos;URL de la base SQLite n&apos;indique aucun chemin de fichier.</translation>
    </message>
    <message>
        <source>The PostgreSQL database URL has no host.</source>
        <translation>L&apos;URL de la base PostgreSQL n&apos;indique aucun hôte.</translation>
    </message>
    <message>
        <source>The PostgreSQL database URL has no database name.</source>
        <translation>L&apos;URL de la base PostgreSQL n&apos;indique aucun nom de base.</translation>
    </message>
    <message>
        <source>The port in the database URL is not valid.</source>
        <translation>Le port indiqué dans l&apos;URL de la base de données n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A password does not belong in the database URL; use PGPASSWORD or the .pgpass file.</source>
        <translation>Un mot de passe n&apos;a pas sa place dans l&apos;URL de la base de données&#xa0;; utilisez PGPASSWORD ou le fichier .pgpass.</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>Le nom de famille n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The last name may hold only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le nom de famille ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>The first names are missing.</source>
        <translation>Les prénoms ne sont pas renseignés.</translation>
    </message>
    <message>
        <source>The first names may hold only letters, spaces, hyphens and apostrophes.</source>
        <translation>Les prénoms ne peuvent contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>The date of birth does not match the year and month in the social-security number.</source>
        <translation>La date de naissance ne correspond pas à l&apos;année et au mois du numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>The place of birth is missing.</source>
        <translation>Le lieu de naissance n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The place of birth holds characters that are not allowed.</source>
        <translation>Le lieu de naissance contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>The caller&apos;s identity has not been verified in this call.</source>
        <translation>L&apos;identité de l&apos;appelant n&apos;a pas été vérifiée pendant cet appel.</translation>
    </message>
    <message>
        <source>This call is not open at your desk (ended, or started by someone else).</source>
        <translation>Cet appel n&apos;est pas ouvert à votre poste (terminé, ou démarré par quelqu&apos;un d&apos;autre).</translation>
    </message>
    <message>
        <source>Look the caller up first.</source>
        <translation>Recherchez d&apos;abord l&apos;appelant.</translation>
    </message>
    <message>
        <source>Three identity checks failed in this call: no action is possible on this account.</source>
        <translation>Trois vérifications d&apos;identité ont échoué pendant cet appel&#xa0;: aucune action n&apos;est possible sur ce compte.</translation>
    </message>
    <message>
        <source>This person has no portal account yet.</source>
        <translation>Cette personne n&apos;a pas encore de compte sur le portail.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>Le compte n&apos;est pas bloqué.</translation>
    </message>
    <message>
        <source>A provisional social-security number cannot be certified; the caller must contact their pension fund (3960).</source>
        <translation>Un numéro de sécurité sociale provisoire ne peut pas être certifié&#xa0;; l&apos;appelant doit contacter sa caisse de retraite (3960).</translation>
    </message>
    <message>
        <source>The social-security number is already certified.</source>
        <translation>Le numéro de sécurité sociale est déjà certifié.</translation>
    </message>
    <message>
        <source>The national register has no entry for this number; certification is not possible from the desk.</source>
        <translation>Le répertoire national ne contient aucune entrée pour ce numéro&#xa0;; la certification n&apos;est pas possible au guichet.</translation>
    </message>
    <message>
        <source>The civil status differs from the national register; the number was not certified.</source>
        <translation>L&apos;état civil diffère de celui du répertoire national&#xa0;; le numéro n&apos;a pas été certifié.</translation>
    </message>
    <message>
        <source>No change of e-mail address is waiting for a code.</source>
        <translation>Aucun changement d&apos;adresse électronique n&apos;attend de code.</translation>
    </message>
    <message>
        <source>The confirmation code has not been sent yet; wait a moment and ask again.</source>
        <translation>Le code de confirmation n&apos;a pas encore été envoyé&#xa0;; patientez un instant et redemandez-le à l&apos;appelant.</translation>
    </message>
    <message>
        <source>The confirmation code has expired; start the change of address again.</source>
        <translation>Le code de confirmation a expiré&#xa0;; recommencez le changement d&apos;adresse.</translation>
    </message>
    <message>
        <source>The confirmation code is wrong.</source>
        <translation>Le code de confirmation est incorrect.</translation>
    </message>
    <message>
        <source>Too many wrong codes; start the change of address again.</source>
        <translation>Trop de codes erronés&#xa0;; recommencez le changement d&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 Look the account up again.</source>
        <extracomment>%1 says who changed the account and that nothing was done.</extracomment>
        <translation>%1 Recherchez à nouveau le compte.</translation>
    </message>
    <message>
        <source>Type the e-mail address.</source>
        <translation>Saisissez l&apos;adresse électronique.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @ between the name and the domain, as in name@domain.fr.</source>
        <translation>Une adresse électronique contient un seul @ entre le nom et le domaine, comme dans nom@domaine.fr.</translation>
    </message>
    <message>
        <source>The name before the @ is missing.</source>
        <translation>Le nom avant le @ manque.</translation>
    </message>
    <message>
        <source>The name before the @ has at most 64 characters.</source>
        <translation>Le nom avant le @ compte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>The name before the @ may hold only unaccented letters, digits, dots (not first, last or two in a row) and signs such as - _ +.</source>
        <translation>Le nom avant le @ ne peut contenir que des lettres sans accent, des chiffres, des points (ni au début, ni à la fin, ni deux de suite) et des signes comme - _ +.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Le domaine après le @ manque.</translation>
    </message>
    <message>
        <source>The domain after the @ may hold only letters, digits, hyphens and single dots.</source>
        <translation>Le domaine après le @ ne peut contenir que des lettres, des chiffres, des tirets et des points isolés.</translation>
    </message>
    <message>
        <source>Only public addresses are accepted: the domain after the @ needs its extension, as in laposte.net or orange.fr.</source>
        <translation>Seules les adresses publiques sont acceptées&#xa0;: le domaine après le @ doit avoir son extension, comme laposte.net ou orange.fr.</translation>
    </message>
    <message>
        <source>Only public addresses are accepted: this domain is a network address or is reserved for local or test use.</source>
        <translation>Seules les adresses publiques sont acceptées&#xa0;: ce domaine est une adresse réseau ou est réservé à un usage local ou de test.</translation>
    </message>
    <message>
        <source>This is already the address on file.</source>
        <translation>C&apos;est déjà l&apos;adresse enregistrée.</translation>
    </message>
    <message>
        <source>Say why in a few words (at most %1 characters).</source>
        <extracomment>%1 is the longest reason allowed, in characters.</extracomment>
        <translation>Indiquez le motif en quelques mots (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>A confirmation code has 6 digits.</source>
        <translation>Un code de confirmation compte 6 chiffres.</translation>
    </message>
    <message>
        <source>A request key has 8 to 128 characters.</source>
        <translation>Une clé de requête compte de 8 à 128 caractères.</translation>
    </message>
    <message>
        <source>%1 acted on this account from another desk meanwhile; nothing was done.</source>
        <extracomment>%1 is the login of the agent (or the system&apos;s part, in words) who acted first.</extracomment>
        <translation>%1 est intervenu sur ce compte depuis un autre poste entre-temps&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>The account was locked meanwhile (too many wrong passwords on the portal); nothing was done.</source>
        <translation>Le compte a été bloqué entre-temps (trop de mots de passe erronés sur le portail)&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>The account changed on the portal meanwhile (its state or its address); nothing was done.</source>
        <translation>Le compte a changé sur le portail entre-temps (son état ou son adresse)&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Someone else changed this account meanwhile; nothing was done.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce compte entre-temps&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>The mail relay refuses the mail service&apos;s settings (login, password, sender or encryption): delivery is paused until an administrator corrects them.</source>
        <translation>Le relais de messagerie refuse les réglages du service d&apos;envoi (identifiant, mot de passe, expéditeur ou chiffrement)&#xa0;: l&apos;envoi est suspendu jusqu&apos;à ce qu&apos;un administrateur les corrige.</translation>
    </message>
    <message>
        <source>Some of the mail that was due was not sent: failed mail is tried again later, dead mail is given up.</source>
        <translation>Une partie des courriels à envoyer n&apos;est pas partie&#xa0;: les courriels en échec seront réessayés plus tard, les courriels abandonnés ne le seront pas.</translation>
    </message>
    <message>
        <source>The password file cannot be read, or it is empty.</source>
        <translation>Le fichier de mot de passe est illisible ou vide.</translation>
    </message>
    <message>
        <source>The database server refused the login: check the database user and its password (saved with the connection profile), or ask IT whether this login may connect from this computer.</source>
        <translation>Le serveur de base de données a refusé la connexion&#xa0;: vérifiez l&apos;utilisateur de la base et son mot de passe (enregistré avec le profil de connexion), ou demandez au service informatique si cet identifiant peut se connecter depuis ce poste.</translation>
    </message>
    <message>
        <source>No database server answers at this address: check the host and the port, the network, or ask IT whether the server is running.</source>
        <translation>Aucun serveur de base de données ne répond à cette adresse&#xa0;: vérifiez l&apos;hôte et le port, le réseau, ou demandez au service informatique si le serveur fonctionne.</translation>
    </message>
    <message>
        <source>A database connection option is not valid, or a file it names cannot be read (sslmode, sslrootcert, sslcert, sslkey): correct the connection settings.</source>
        <translation>Une option de connexion à la base de données n&apos;est pas valide, ou un fichier qu&apos;elle désigne ne peut pas être lu (sslmode, sslrootcert, sslcert, sslkey)&#xa0;: corrigez les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The database login lacks a privilege for this operation; nothing was changed. Ask IT to grant the privileges listed in the installation guide.</source>
        <translation>L&apos;identifiant de base de données n&apos;a pas le droit nécessaire à cette opération&#xa0;; rien n&apos;a été modifié. Demandez au service informatique d&apos;accorder les droits indiqués dans le guide d&apos;installation.</translation>
    </message>
    <message>
        <source>The database named in the connection settings does not exist on the server: check its name.</source>
        <translation>La base de données indiquée dans les paramètres de connexion n&apos;existe pas sur le serveur&#xa0;: vérifiez son nom.</translation>
    </message>
    <message>
        <source>The database has no Guichet schema yet: an administrator creates it with guichetctl init, with the login that will own the schema.</source>
        <translation>La base de données n&apos;a pas encore de schéma Guichet&#xa0;: un administrateur le crée avec guichetctl init, avec l&apos;identifiant qui en sera propriétaire.</translation>
    </message>
    <message>
        <source>The database needs an upgrade by an administrator (guichetctl migrate, with the login that owns the schema) before Guichet can use it.</source>
        <translation>La base de données doit être mise à jour par un administrateur (guichetctl migrate, avec l&apos;identifiant propriétaire du schéma) avant que Guichet puisse l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Only the login that owns the database schema may create or upgrade it: run guichetctl init or migrate with that login.</source>
        <translation>Seul l&apos;identifiant propriétaire du schéma de la base peut le créer ou le mettre à jour&#xa0;: lancez guichetctl init ou migrate avec cet identifiant.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate does not name %1 (it names %2): connect with a host name that the certificate names, or ask IT for a certificate that names %1.</source>
        <extracomment>%1 is the host name in the connection settings, %2 the names the server&apos;s certificate holds.</extracomment>
        <translation>Le certificat du serveur de base de données ne porte pas le nom %1 (il porte %2)&#xa0;: connectez-vous avec un nom d&apos;hôte que le certificat porte, ou demandez au service informatique un certificat au nom de %1.</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 could not be verified: check the CA file (sslrootcert) given by IT.</source>
        <extracomment>%1 is the host name in the connection settings.</extracomment>
        <translation>Le certificat du serveur de base de données %1 n&apos;a pas pu être vérifié&#xa0;: vérifiez le fichier de l&apos;autorité de certification (sslrootcert) fourni par le service informatique.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate could not be verified: check the CA file (sslrootcert) given by IT.</source>
        <translation>Le certificat du serveur de base de données n&apos;a pas pu être vérifié&#xa0;: vérifiez le fichier de l&apos;autorité de certification (sslrootcert) fourni par le service informatique.</translation>
    </message>
    <message>
        <source>The database URL has an unknown option (only sslmode, sslrootcert, sslcert, sslkey and host are accepted).</source>
        <translation>L&apos;URL de la base de données contient une option inconnue (seules sslmode, sslrootcert, sslcert, sslkey et host sont acceptées).</translation>
    </message>
    <message>
        <source>An option of the database URL has a value that is not valid (sslmode: disable, allow, prefer, require, verify-ca or verify-full; a file name without a semicolon).</source>
        <translation>Une option de l&apos;URL de la base de données a une valeur non valide (sslmode&#xa0;: disable, allow, prefer, require, verify-ca ou verify-full&#xa0;; un nom de fichier sans point-virgule).</translation>
    </message>
    <message>
        <source>There is no database file at %1. Check the path in the connection settings (or --database); an administrator creates a new database with guichetctl init.</source>
        <extracomment>%1 is the full path of the SQLite file.</extracomment>
        <translation>Il n&apos;y a pas de fichier de base de données à l&apos;emplacement %1. Vérifiez le chemin dans les paramètres de connexion (ou --database)&#xa0;; pour créer une nouvelle base, un administrateur utilise guichetctl init.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only for you, and Guichet must write to it (every sign-in and action is recorded). Ask an administrator to let your account write the file and its folder.</source>
        <extracomment>%1 is the full path of the SQLite file.</extracomment>
        <translation>Le fichier de base de données %1 est en lecture seule pour vous, or Guichet doit y écrire (chaque connexion et chaque action y sont enregistrées). Demandez à un administrateur d&apos;autoriser votre compte à écrire dans ce fichier et dans son dossier.</translation>
    </message>
    <message>
        <source>The file %1 is not a Guichet database, or it is damaged. Check the path; if it is the right file, an administrator restores it from the last backup.</source>
        <extracomment>%1 is the full path of the SQLite file.</extracomment>
        <translation>Le fichier %1 n&apos;est pas une base de données Guichet, ou il est endommagé. Vérifiez le chemin&#xa0;; si c&apos;est le bon fichier, un administrateur le restaure depuis la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The date of birth is not valid: type the day, the month and the year in four digits (24/12/1960), or 1960-12-24; not in the future.</source>
        <extracomment>The agent types dates as day/month/year (24/12/1960) or as 1960-12-24, in every language.</extracomment>
        <translation>La date de naissance n&apos;est pas valide&#xa0;: tapez le jour, le mois et l&apos;année sur quatre chiffres (24/12/1960), ou 1960-12-24&#xa0;; pas dans le futur.</translation>
    </message>
    <message>
        <source>This date can be read two ways, so it was not checked: type the day first, then the month, then the year in four digits (24/12/1960), or 1960-12-24.</source>
        <translation>Cette date peut se lire de deux façons, elle n&apos;a donc pas été vérifiée&#xa0;: tapez d&apos;abord le jour, puis le mois, puis l&apos;année sur quatre chiffres (24/12/1960), ou 1960-12-24.</translation>
    </message>
    <message>
        <source>An e-mail address has at most %1 characters.</source>
        <translation>Une adresse électronique compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The secret question and its answer must not be empty (at most %1 characters each), and the answer needs a letter or a digit.</source>
        <extracomment>The portal&apos;s registration; %1 is the longest question or answer, in characters.</extracomment>
        <translation>La question secrète et sa réponse ne doivent pas être vides (au plus %1 caractères chacune), et la réponse doit contenir une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The login or the password is wrong, or the login is locked for a while after too many wrong passwords: try again in %1 minutes, or ask an administrator.</source>
        <extracomment>%1 is a number of minutes (15).</extracomment>
        <translation>L&apos;identifiant ou le mot de passe est incorrect, ou l&apos;identifiant est verrouillé pour un temps après trop de mots de passe erronés&#xa0;: réessayez dans %1 minutes, ou demandez à un administrateur.</translation>
    </message>
    <message>
        <source>This request key was already used for another call, account or action.</source>
        <translation>Cette clé de requête a déjà servi pour un autre appel, un autre compte ou une autre action.</translation>
    </message>
    <message>
        <source>This login is disabled by an administrator. Ask an administrator to re-enable it.</source>
        <translation>Cet identifiant a été désactivé par un administrateur. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>This person&apos;s identity checks have failed too often recently, across calls and agents: no new check is possible for now, and supervisors are alerted.</source>
        <translation>Les vérifications d&apos;identité de cette personne ont échoué trop souvent ces derniers temps, tous appels et agents confondus&#xa0;: aucune nouvelle vérification n&apos;est possible pour l&apos;instant, et les superviseurs sont alertés.</translation>
    </message>
    <message>
        <source>The e-mail address was changed recently: a temporary password goes to the new address only after a supervisor approves it.</source>
        <translation>L&apos;adresse e-mail a été changée récemment&#xa0;: un mot de passe temporaire ne part vers la nouvelle adresse qu&apos;après l&apos;accord d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>The e-mail address was changed recently and the previous address may still refuse the change: no temporary password goes to the new address before the waiting period ends.</source>
        <translation>L&apos;adresse e-mail a été changée récemment et l&apos;ancienne adresse peut encore refuser le changement&#xa0;: aucun mot de passe temporaire ne part vers la nouvelle adresse avant la fin du délai d&apos;attente.</translation>
    </message>
    <message>
        <source>The holder refused the change of e-mail address from the previous address; that address is kept.</source>
        <translation>Le titulaire a refusé le changement d&apos;adresse e-mail depuis l&apos;ancienne adresse&#xa0;; celle-ci est conservée.</translation>
    </message>
    <message>
        <source>The audit&apos;s sealing key is not on this computer: sealing and full verification run where the audit sequencer runs.</source>
        <translation>La clé de scellement du journal d&apos;audit n&apos;est pas sur cet ordinateur&#xa0;: le scellement et la vérification complète se font là où tourne le séquenceur d&apos;audit.</translation>
    </message>
    <message>
        <source>The checkpoint file cannot be read, or it is not a Guichet audit checkpoint.</source>
        <translation>Le fichier de point de contrôle est illisible, ou ce n&apos;est pas un point de contrôle d&apos;audit Guichet.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; Guichet is reconnecting and checking the result.</source>
        <translation>La connexion à la base de données a été perdue&#xa0;; Guichet se reconnecte et vérifie le résultat.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while the action was being recorded, and its result could not be checked: look at the account again before repeating the action.</source>
        <translation>La connexion à la base de données a été perdue pendant l&apos;enregistrement de l&apos;action, et son résultat n&apos;a pas pu être vérifié&#xa0;: consultez de nouveau le compte avant de refaire l&apos;action.</translation>
    </message>
    <message>
        <source>Four eyes: a request you made, or about an address you changed, is approved by another supervisor.</source>
        <translation>Double contrôle&#xa0;: une demande que vous avez faite, ou qui porte sur une adresse que vous avez modifiée, est approuvée par un autre superviseur.</translation>
    </message>
    <message>
        <source>%1 It ends on %2.</source>
        <extracomment>%1 is the sentence above; %2 the end of the waiting period, a date and time the agent tells the caller.</extracomment>
        <translation>%1 Il prend fin le %2.</translation>
    </message>
</context>
<context>
    <name>GuichetMain</name>
    <message>
        <source>Desk console of the online-services hotline.</source>
        <translation>Poste de travail de l&apos;assistance téléphonique des services en ligne.</translation>
    </message>
    <message>
        <source>The language of the interface: fr or en. Default: the system&apos;s.</source>
        <extracomment>Command-line help.</extracomment>
        <translation>La langue de l&apos;interface&#xa0;: fr ou en. Par défaut&#xa0;: celle du système.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME; it wins over --profile. Without either: the GUICHET_DATABASE environment variable, else GUICHET_PROFILE, else the connection profile used last, else the file in your data folder.</source>
        <extracomment>Command-line help; keep sqlite:PATH and postgresql:// as they are.</extracomment>
        <translation>La base de données&#xa0;: sqlite:CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/NOM&#xa0;; elle l&apos;emporte sur --profile. Sans l&apos;une ni l&apos;autre&#xa0;: la variable d&apos;environnement GUICHET_DATABASE, sinon GUICHET_PROFILE, sinon le profil de connexion utilisé en dernier, sinon le fichier de votre dossier de données.</translation>
    </message>
    <message>
        <source>The connection profile to use, unless --database is given. Default: see --database.</source>
        <extracomment>Command-line help.</extracomment>
        <translation>Le profil de connexion à utiliser, sauf si --database est donné. Par défaut&#xa0;: voir --database.</translation>
    </message>
</context>
<context>
    <name>LockoutHistoryExport</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>NIR (masked)</source>
        <translation>NIR (masqué)</translation>
    </message>
    <message>
        <source>Unlocked by (login)</source>
        <translation>Débloqué par (identifiant)</translation>
    </message>
    <message>
        <source>Unlocked by</source>
        <translation>Débloqué par</translation>
    </message>
    <message>
        <source>Unlock reason</source>
        <translation>Motif du déblocage</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Locked at (local time, UTC offset)</source>
        <extracomment>A CSV column: its times are written as 2026-12-05T16:41:00+01:00.</extracomment>
        <translation>Bloqué le (heure locale, décalage UTC)</translation>
    </message>
    <message>
        <source>Unlocked at (local time, UTC offset)</source>
        <extracomment>A CSV column: its times are written as 2026-12-05T16:41:00+01:00.</extracomment>
        <translation>Débloqué le (heure locale, décalage UTC)</translation>
    </message>
</context>
<context>
    <name>LockoutHistoryModel</name>
    <message>
        <source>still locked</source>
        <translation>toujours bloqué</translation>
    </message>
    <message>
        <source>Locked at</source>
        <translation>Bloqué le</translation>
    </message>
    <message>
        <source>Unlocked at</source>
        <translation>Débloqué le</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>Account (NIR)</source>
        <translation>Compte (NIR)</translation>
    </message>
    <message>
        <source>Unlocked by</source>
        <translation>Débloqué par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
</context>
<context>
    <name>LockoutHistoryPanel</name>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>State of the lockouts</source>
        <translation>État des blocages</translation>
    </message>
    <message>
        <source>Shows every lockout, only those still locked, or only those unlocked.</source>
        <translation>Affiche tous les blocages, uniquement ceux dont le compte est toujours bloqué, ou uniquement ceux déjà levés.</translation>
    </message>
    <message>
        <source>Unlocked &amp;by:</source>
        <translation>Débl&amp;oqué par :</translation>
    </message>
    <message>
        <source>Unlocked by</source>
        <extracomment>Who unlocked: %1 is the agent&apos;s name, %2 their login.</extracomment>
        <translation>Débloqué par</translation>
    </message>
    <message>
        <source>Shows only the lockouts unlocked by this agent. Lists the agents who acted in the period.</source>
        <translation>Affiche uniquement les blocages levés par ce conseiller. Liste les conseillers intervenus pendant la période.</translation>
    </message>
    <message>
        <source>&amp;NIR:</source>
        <translation>&amp;NIR :</translation>
    </message>
    <message>
        <source>&amp;Repeat lockouts only</source>
        <translation>Blocages &amp;répétés uniquement</translation>
    </message>
    <message>
        <source>Repeat lockouts only</source>
        <translation>Blocages répétés uniquement</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Writes the lockouts of the current filter to a CSV file.</source>
        <translation>Enregistre dans un fichier CSV les blocages correspondant au filtre actuel.</translation>
    </message>
    <message>
        <source>Show the &amp;whole period</source>
        <translation>Affic&amp;her toute la période</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Afficher toute la période</translation>
    </message>
    <message>
        <source>Removes the day chosen on the chart.</source>
        <translation>Retire le jour choisi sur le graphique.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement en cours</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>One row per lockout, newest first. Click the heading of the time, attempts or agent column to sort.</source>
        <translation>Une ligne par blocage, du plus récent au plus ancien. Cliquez sur l&apos;en-tête de la colonne de la date, des tentatives ou du conseiller pour trier.</translation>
    </message>
    <message>
        <source>Detail of the selected lockout</source>
        <translation>Détail du blocage sélectionné</translation>
    </message>
    <message>
        <source>Lockouts per day</source>
        <translation>Blocages par jour</translation>
    </message>
    <message>
        <source>Unlocks and reissues per agent</source>
        <translation>Déblocages et renvois par conseiller</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>mot de passe provisoire</translation>
    </message>
    <message>
        <source>secret answer</source>
        <translation>réponse secrète</translation>
    </message>
    <message>
        <source>All lockouts</source>
        <translation>Tous les blocages</translation>
    </message>
    <message>
        <source>Still locked</source>
        <translation>Toujours bloqué</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Débloqué</translation>
    </message>
    <message>
        <source>Shows only lockouts of an account locked %1 times or more in %2 days.</source>
        <translation>Affiche uniquement les blocages des comptes bloqués %1 fois ou plus en %2 jours.</translation>
    </message>
    <message>
        <source>Columns of the lockouts</source>
        <translation>Colonnes des blocages</translation>
    </message>
    <message>
        <source>Select a lockout to see its detail.</source>
        <translation>Sélectionnez un blocage pour en voir le détail.</translation>
    </message>
    <message>
        <source>No lockout matches the filter in this period.</source>
        <translation>Aucun blocage ne correspond au filtre sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the lockouts: %n written…</source>
        <translation>
            <numerusform>Export des blocages : %n écrit…</numerusform>
            <numerusform>Export des blocages : %n écrits…</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>conseiller %1</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lockout(s)</source>
        <translation>
            <numerusform>%1 : %n blocage</numerusform>
            <numerusform>%1 : %n blocages</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocks</source>
        <translation>Déblocages</translation>
    </message>
    <message>
        <source>Bulk unlocks</source>
        <translation>Déblocages en masse</translation>
    </message>
    <message>
        <source>Reissues</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <source>%1: %2 unlocks, %3 bulk unlocks, %4 reissues</source>
        <extracomment>%1 is an agent&apos;s login; then their counts of unlocks, bulk unlocks and reissues.</extracomment>
        <translation>%1 : %2 déblocages, %3 déblocages en masse, %4 renvois</translation>
    </message>
    <message>
        <source>No agent unlocked or reissued anything in this period.</source>
        <translation>Aucun conseiller n&apos;a effectué de déblocage ni de renvoi sur cette période.</translation>
    </message>
    <message>
        <source>Click an agent&apos;s bar to list the lockouts they unlocked. %1</source>
        <translation>Cliquez sur la barre d&apos;un conseiller pour afficher la liste des blocages qu&apos;il a levés. %1</translation>
    </message>
    <message>
        <source>Loading the detail…</source>
        <translation>Chargement du détail…</translation>
    </message>
    <message>
        <source>Account (NIR)</source>
        <translation>Compte (NIR)</translation>
    </message>
    <message>
        <source>Locked at</source>
        <translation>Bloqué le</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Unlocked at</source>
        <translation>Débloqué le</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>bulk unlock (supervisor)</source>
        <translation>déblocage en masse (superviseur)</translation>
    </message>
    <message>
        <source>unlock at the desk</source>
        <translation>déblocage au guichet</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif indiqué</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>The call of the unlock: %1 its number, %2 when it started, %3 the agent&apos;s login.</extracomment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>No. %1, %2, taken by %3</source>
        <translation>N° %1, %2, pris par %3</translation>
    </message>
    <message>
        <source>Call reason</source>
        <translation>Motif de l&apos;appel</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Résultat de l&apos;appel</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>Failed attempts that led to the lockout</source>
        <translation>Tentatives échouées ayant entraîné le blocage</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune tentative enregistrée.</translation>
    </message>
    <message>
        <source>Export the lockouts</source>
        <translation>Exporter les blocages</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>lockouts-%1.csv</source>
        <translation>blocages-%1.csv</translation>
    </message>
    <message>
        <source>Exporting the lockouts…</source>
        <translation>Export des blocages…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n lockout(s) exported to %1.</source>
        <translation>
            <numerusform>%n blocage exporté dans %1.</numerusform>
            <numerusform>%n blocages exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Annulation de l&apos;export…</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe erroné</translation>
    </message>
    <message>
        <source>wrong answer</source>
        <translation>réponse erronée</translation>
    </message>
    <message>
        <source>refused: the account was locked</source>
        <translation>refusé&#xa0;: le compte était bloqué</translation>
    </message>
    <message>
        <source>temporary password expired</source>
        <translation>mot de passe provisoire expiré</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Day shown in the table</source>
        <translation>Jour affiché dans le tableau</translation>
    </message>
    <message>
        <source>The whole period, or one of its days with its number of lockouts: what a click on a bar of the lockouts per day chart chooses.</source>
        <translation>Toute la période, ou l&apos;un de ses jours avec son nombre de blocages&#xa0;: ce que choisit un clic sur une barre du graphique des blocages par jour.</translation>
    </message>
    <message>
        <source>Whole period</source>
        <extracomment>In the list of days: the table shows every day of the period.</extracomment>
        <translation>Toute la période</translation>
    </message>
    <message numerus="yes">
        <source>%n lockout(s) in the period.</source>
        <translation>
            <numerusform>%n blocage sur la période.</numerusform>
            <numerusform>%n blocages sur la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most on %1: %2.</source>
        <extracomment>The day with the most lockouts: %1 the date, %2 its number of lockouts.</extracomment>
        <translation>Le plus de blocages le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose a day in the Day list, or click its bar, to list that day&apos;s lockouts.</source>
        <translation>Choisissez un jour dans la liste Jour, ou cliquez sur sa barre, pour lister les blocages de ce jour.</translation>
    </message>
</context>
<context>
    <name>NirLineEdit</name>
    <message>
        <source>13 or 15 characters</source>
        <extracomment>Placeholder of the social-security number field.</extracomment>
        <translation>13 ou 15 caractères</translation>
    </message>
    <message>
        <source>Social-security number</source>
        <translation>Numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>13 characters, or 15 with the key. Spaces and dots are ignored; 2A and 2B are accepted for Corsica.</source>
        <translation>13 caractères, ou 15 avec la clé. Les espaces et les points sont ignorés&#xa0;; 2A et 2B sont acceptés pour la Corse.</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <extracomment>A period chosen with the two dates rather than a preset.</extracomment>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>A ready-made period; the dates beside it show and change it.</source>
        <translation>Une période prédéfinie ; les dates à côté l&apos;affichent et permettent de la modifier.</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>The period starts at midnight on this day.</source>
        <translation>La période commence à minuit ce jour-là.</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>The period ends at midnight after this day (the day is included).</source>
        <translation>La période se termine à minuit à la fin de ce jour (ce jour est inclus).</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <extracomment>Between the two dates of the period: &quot;From [date] to [date]&quot;.</extracomment>
        <translation>a&amp;u :</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReasonStatisticsTableModel</name>
    <message>
        <source>none ended</source>
        <extracomment>No call of this reason ended in the period, so there is no mean duration.</extracomment>
        <translation>aucun terminé</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Calls not ended yet.</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Mean duration of the ended calls, in minutes and seconds</source>
        <translation>Durée moyenne des appels terminés, en minutes et secondes</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Durée moyenne</translation>
    </message>
</context>
<context>
    <name>ReissueApprovalsPanel</name>
    <message>
        <source>Approv&amp;e the reissue</source>
        <translation>Approuv&amp;er le renvoi</translation>
    </message>
    <message>
        <source>A temporary password to an e-mail address changed at the desk goes out only after the %1-hour waiting period, during which the previous address may refuse the change, and with the approval of a supervisor other than the agent who asked. Approve only after checking the request with that agent.</source>
        <translation>Un mot de passe provisoire vers une adresse e-mail changée au guichet ne part qu&apos;après le délai d&apos;attente de %1 heures, pendant lequel l&apos;ancienne adresse peut refuser le changement, et avec l&apos;approbation d&apos;un superviseur autre que le conseiller qui l&apos;a demandé. N&apos;approuvez qu&apos;après avoir vérifié la demande avec ce conseiller.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Waiting period ends</source>
        <translation>Fin du délai d&apos;attente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reissues waiting for a supervisor&apos;s approval</source>
        <translation>Renvois en attente de l&apos;approbation d&apos;un superviseur</translation>
    </message>
    <message>
        <source>Approve the reissue</source>
        <translation>Approuver le renvoi</translation>
    </message>
    <message>
        <source>No reissue waits for an approval.</source>
        <translation>Aucun renvoi n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>Four eyes: another supervisor approves the requests you made.</source>
        <translation>Double contrôle&#xa0;: un autre superviseur approuve les demandes que vous avez faites.</translation>
    </message>
    <message>
        <source>Approved for account %1: the agent can reissue once the waiting period ends (%2).</source>
        <extracomment>%1 is the account holder&apos;s masked social-security number; %2 the end of the waiting period.</extracomment>
        <translation>Approuvé pour le compte %1&#xa0;: le conseiller pourra renvoyer le mot de passe à la fin du délai d&apos;attente (%2).</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Nothing about the caller is shown while the screen is locked; the call in progress stays open. Type your password to resume.</source>
        <extracomment>%1 is the agent&apos;s name, %2 their login.</extracomment>
        <translation>Session de %1 (%2). Rien ne s&apos;affiche sur l&apos;appelant tant que l&apos;écran est verrouillé&#xa0;; l&apos;appel en cours reste ouvert. Saisissez votre mot de passe pour reprendre.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Your desk password, to resume work.</source>
        <translation>Votre mot de passe de conseiller, pour reprendre le travail.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Checks your password and shows the desk again.</source>
        <translation>Vérifie votre mot de passe et réaffiche le poste de travail.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Vérification du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password %n time(s): you are signed out and the call in progress ends as interrupted.</source>
        <extracomment>%n is the number of wrong passwords allowed on the lock screen.</extracomment>
        <translation>
            <numerusform>Mot de passe incorrect %n fois&#xa0;: vous êtes déconnecté et l&apos;appel en cours se termine comme interrompu.</numerusform>
            <numerusform>Mot de passe incorrect %n fois&#xa0;: vous êtes déconnecté et l&apos;appel en cours se termine comme interrompu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n attempt(s) left.</source>
        <extracomment>On the lock screen; %n is how many more passwords may be tried before the agent is signed out.</extracomment>
        <translation>
            <numerusform>Mot de passe incorrect. Il reste %n tentative.</numerusform>
            <numerusform>Mot de passe incorrect. Il reste %n tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Guided script</source>
        <translation>Script guidé</translation>
    </message>
    <message>
        <source>The script shown; it follows the reason of the call, and you may open another one.</source>
        <translation>Le script affiché&#xa0;; il suit le motif de l&apos;appel, et vous pouvez en ouvrir un autre.</translation>
    </message>
    <message>
        <source>Script steps</source>
        <translation>Étapes du script</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>&amp;Script&#xa0;:</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <extracomment>A script&apos;s button that jumps to an action; %1 is the action&apos;s name.</extracomment>
        <translation>Aller à l&apos;action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starts this action in the actions panel.</source>
        <translation>Lance cette action dans le panneau des actions.</translation>
    </message>
    <message>
        <source>unlock the account</source>
        <translation>débloquer le compte</translation>
    </message>
    <message>
        <source>reissue a temporary password</source>
        <translation>renvoyer un mot de passe provisoire</translation>
    </message>
    <message>
        <source>correct the e-mail address</source>
        <translation>corriger l&apos;adresse électronique</translation>
    </message>
    <message>
        <source>certify the number</source>
        <translation>certifier le numéro</translation>
    </message>
    <message>
        <source>Look the caller up and verify their identity before changing anything.</source>
        <translation>Recherchez l&apos;appelant et vérifiez son identité avant toute modification.</translation>
    </message>
    <message>
        <source>The caller cannot register</source>
        <translation>L&apos;appelant ne parvient pas à s&apos;inscrire</translation>
    </message>
    <message>
        <source>Ask which message the portal shows, word for word.</source>
        <extracomment>Guided script, registration. Speak to the caller formally (&quot;vous&quot;).</extracomment>
        <translation>Demandez quel message le portail affiche, mot pour mot.</translation>
    </message>
    <message>
        <source>Check the number: 13 characters, plus the 2-digit key if the caller has it.</source>
        <translation>Vérifiez le numéro&#xa0;: 13 caractères, plus la clé à 2 chiffres si l&apos;appelant la connaît.</translation>
    </message>
    <message>
        <source>Registration works only with a certified number: look at Certified in the account panel.</source>
        <translation>L&apos;inscription n&apos;est possible qu&apos;avec un numéro certifié&#xa0;: regardez la ligne «&#xa0;Certification&#xa0;» du panneau du compte.</translation>
    </message>
    <message>
        <source>Remind the caller to type the civil status exactly as on their identity papers.</source>
        <translation>Rappelez à l&apos;appelant de saisir son état civil exactement comme sur ses papiers d&apos;identité.</translation>
    </message>
    <message numerus="yes">
        <source>Explain what follows: a temporary password arrives by e-mail, it must be activated within %n day(s), and the first login asks for a personal password.</source>
        <translation>
            <numerusform>Expliquez la suite&#xa0;: un mot de passe provisoire arrive par courriel, il doit être activé dans un délai de %n jour, et la première connexion demande de choisir un mot de passe personnel.</numerusform>
            <numerusform>Expliquez la suite&#xa0;: un mot de passe provisoire arrive par courriel, il doit être activé dans un délai de %n jours, et la première connexion demande de choisir un mot de passe personnel.</numerusform>
        </translation>
    </message>
    <message>
        <source>A wrong e-mail address was given</source>
        <translation>Une adresse électronique erronée a été donnée</translation>
    </message>
    <message>
        <source>Ask for the right address and spell it back, character by character.</source>
        <extracomment>Guided script, wrong e-mail address.</extracomment>
        <translation>Demandez la bonne adresse et relisez-la en l&apos;épelant, caractère par caractère.</translation>
    </message>
    <message>
        <source>Correct the address: a 6-digit code goes to the new address.</source>
        <translation>Corrigez l&apos;adresse&#xa0;: un code à 6 chiffres est envoyé à la nouvelle adresse.</translation>
    </message>
    <message>
        <source>Ask the caller to open that mail and read the code to you, then type it in the code field.</source>
        <translation>Demandez à l&apos;appelant d&apos;ouvrir ce courriel et de vous lire le code, puis saisissez-le dans le champ du code.</translation>
    </message>
    <message>
        <source>The previous address receives a notice without personal data.</source>
        <translation>L&apos;ancienne adresse reçoit un avis sans données personnelles.</translation>
    </message>
    <message>
        <source>Password and secret answer forgotten</source>
        <translation>Mot de passe et réponse secrète oubliés</translation>
    </message>
    <message>
        <source>Without the secret answer the portal cannot reset the password: the desk sends a new temporary password.</source>
        <extracomment>Guided script, password and secret answer both forgotten.</extracomment>
        <translation>Sans la réponse secrète, le portail ne peut pas réinitialiser le mot de passe&#xa0;: le guichet envoie un nouveau mot de passe provisoire.</translation>
    </message>
    <message>
        <source>Check with the caller that the address on file is still theirs (it shows once verified).</source>
        <translation>Vérifiez avec l&apos;appelant que l&apos;adresse enregistrée est toujours la sienne (elle s&apos;affiche une fois l&apos;identité vérifiée).</translation>
    </message>
    <message numerus="yes">
        <source>Reissue the temporary password. It works once, within %n day(s); the caller then chooses a personal password.</source>
        <translation>
            <numerusform>Renvoyez le mot de passe provisoire. Il ne sert qu&apos;une fois, dans un délai de %n jour&#xa0;; l&apos;appelant choisit ensuite un mot de passe personnel.</numerusform>
            <numerusform>Renvoyez le mot de passe provisoire. Il ne sert qu&apos;une fois, dans un délai de %n jours&#xa0;; l&apos;appelant choisit ensuite un mot de passe personnel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never read out, spell or write down a password.</source>
        <translation>Ne lisez, n&apos;épelez et ne notez jamais un mot de passe.</translation>
    </message>
    <message>
        <source>The social-security number is refused</source>
        <translation>Le numéro de sécurité sociale est refusé</translation>
    </message>
    <message>
        <source>Look the number up: the portal refuses registration while the number is not certified.</source>
        <extracomment>Guided script, number refused at registration.</extracomment>
        <translation>Recherchez le numéro&#xa0;: le portail refuse l&apos;inscription tant que le numéro n&apos;est pas certifié.</translation>
    </message>
    <message>
        <source>A provisional number (starting with 3, 4, 7 or 8) cannot be certified here: send the caller to their pension fund on 3960.</source>
        <translation>Un numéro provisoire (commençant par 3, 4, 7 ou 8) ne peut pas être certifié ici&#xa0;: orientez l&apos;appelant vers sa caisse de retraite au 3960.</translation>
    </message>
    <message>
        <source>A supervisor can certify the number against the national register; if the register differs, the caller contacts their pension fund on 3960.</source>
        <translation>Un superviseur peut certifier le numéro auprès du répertoire national&#xa0;; si le répertoire diffère, l&apos;appelant contacte sa caisse de retraite au 3960.</translation>
    </message>
    <message>
        <source>The password did not arrive</source>
        <translation>Le mot de passe n&apos;est pas arrivé</translation>
    </message>
    <message>
        <source>Ask the caller to look in their spam or junk folder for a mail from the pension fund&apos;s online services.</source>
        <extracomment>Guided script, temporary password not received.</extracomment>
        <translation>Demandez à l&apos;appelant de chercher dans son dossier de courriers indésirables (spam) un courriel des services en ligne de la caisse de retraite.</translation>
    </message>
    <message>
        <source>Read the address on file back to the caller and check it with them.</source>
        <translation>Relisez à l&apos;appelant l&apos;adresse enregistrée et vérifiez-la avec lui.</translation>
    </message>
    <message>
        <source>Look at the last mail in the account panel: queued, sent, or not delivered and why.</source>
        <translation>Regardez le dernier courriel dans le panneau du compte&#xa0;: en attente, envoyé, ou non distribué et pourquoi.</translation>
    </message>
    <message>
        <source>Wrong address: correct it first. Right address and nothing after 24 hours: reissue the temporary password.</source>
        <translation>Adresse erronée&#xa0;: corrigez-la d&apos;abord. Bonne adresse et rien après 24 heures&#xa0;: renvoyez le mot de passe provisoire.</translation>
    </message>
    <message>
        <source>Wrong password, account locked</source>
        <translation>Mot de passe erroné, compte bloqué</translation>
    </message>
    <message numerus="yes">
        <source>The portal locks an account after %n wrong password(s) in a row.</source>
        <extracomment>Guided script, account locked after wrong passwords.</extracomment>
        <translation>
            <numerusform>Le portail bloque un compte après %n mot de passe erroné.</numerusform>
            <numerusform>Le portail bloque un compte après %n mots de passe erronés consécutifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the account is locked, unlock it and say so to the caller.</source>
        <translation>Si le compte est bloqué, débloquez-le et dites-le à l&apos;appelant.</translation>
    </message>
    <message>
        <source>Remind the caller to log in with the social-security number and the password, and to check Caps Lock.</source>
        <translation>Rappelez à l&apos;appelant de se connecter avec son numéro de sécurité sociale et son mot de passe, et de vérifier la touche Verr. Maj.</translation>
    </message>
    <message>
        <source>If the password itself is forgotten, reissue a temporary password instead.</source>
        <translation>Si c&apos;est le mot de passe lui-même qui est oublié, renvoyez plutôt un mot de passe provisoire.</translation>
    </message>
    <message>
        <source>&quot;We could not identify you&quot; at registration</source>
        <translation>«&#xa0;Nous n&apos;avons pas pu vous identifier&#xa0;» à l&apos;inscription</translation>
    </message>
    <message>
        <source>The civil status typed on the portal must match the record exactly.</source>
        <extracomment>Guided script, civil status does not match at registration.</extracomment>
        <translation>L&apos;état civil saisi sur le portail doit correspondre exactement au dossier.</translation>
    </message>
    <message>
        <source>Ask the caller to check the spelling of the last name, all first names in order, the birth date and the birth place.</source>
        <translation>Demandez à l&apos;appelant de vérifier l&apos;orthographe du nom, de tous les prénoms dans l&apos;ordre, de la date et du lieu de naissance.</translation>
    </message>
    <message>
        <source>Look the caller up and verify: if the answers match here, the caller should retry carefully.</source>
        <translation>Recherchez l&apos;appelant et vérifiez son identité&#xa0;: si les réponses concordent ici, l&apos;appelant doit réessayer avec soin.</translation>
    </message>
    <message>
        <source>If the caller&apos;s record itself is wrong, only their pension fund can correct it (3960).</source>
        <translation>Si le dossier de l&apos;appelant est lui-même erroné, seule sa caisse de retraite peut le corriger (3960).</translation>
    </message>
    <message>
        <source>The temporary password has expired</source>
        <translation>Le mot de passe provisoire a expiré</translation>
    </message>
    <message numerus="yes">
        <source>A temporary password is valid %n day(s); after that the portal refuses it.</source>
        <extracomment>Guided script, temporary password expired.</extracomment>
        <translation>
            <numerusform>Un mot de passe provisoire est valable %n jour&#xa0;; ensuite, le portail le refuse.</numerusform>
            <numerusform>Un mot de passe provisoire est valable %n jours&#xa0;; ensuite, le portail le refuse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caller may register again, or the desk sends a new temporary password.</source>
        <translation>L&apos;appelant peut se réinscrire, ou le guichet lui envoie un nouveau mot de passe provisoire.</translation>
    </message>
    <message>
        <source>Reissue the temporary password and remind the caller to activate it soon.</source>
        <translation>Renvoyez le mot de passe provisoire et rappelez à l&apos;appelant de l&apos;activer rapidement.</translation>
    </message>
    <message>
        <source>Calling for someone else</source>
        <translation>Appel pour un tiers</translation>
    </message>
    <message>
        <source>Nobody may use the online services for another person, even a relative.</source>
        <extracomment>Guided script, the caller phones on behalf of another person.</extracomment>
        <translation>Personne ne peut utiliser les services en ligne pour le compte d&apos;une autre personne, même un proche.</translation>
    </message>
    <message>
        <source>Do not look up, confirm or change anything about the other person.</source>
        <translation>Ne recherchez, ne confirmez et ne modifiez rien concernant l&apos;autre personne.</translation>
    </message>
    <message>
        <source>Explain politely that the account holder must call in person.</source>
        <translation>Expliquez poliment que le titulaire du compte doit appeler lui-même.</translation>
    </message>
    <message>
        <source>End the call with the outcome &quot;Refused: calling for someone else&quot;.</source>
        <translation>Terminez l&apos;appel avec le résultat «&#xa0;Refusé&#xa0;: appel pour un tiers&#xa0;».</translation>
    </message>
    <message>
        <source>Browser security warning</source>
        <translation>Alerte de sécurité du navigateur</translation>
    </message>
    <message>
        <source>The warning about secure and non-secure content is for information only.</source>
        <extracomment>Guided script, browser warns about secure and non-secure content.</extracomment>
        <translation>L&apos;avertissement sur les contenus sécurisés et non sécurisés est purement informatif.</translation>
    </message>
    <message>
        <source>The caller can accept it and continue to the next page.</source>
        <translation>L&apos;appelant peut l&apos;accepter et passer à la page suivante.</translation>
    </message>
    <message>
        <source>Nothing needs to change on the account.</source>
        <translation>Aucune modification du compte n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Autre demande</translation>
    </message>
    <message>
        <source>Listen to the request and note the essentials.</source>
        <extracomment>Guided script for any other request.</extracomment>
        <translation>Écoutez la demande et notez l&apos;essentiel.</translation>
    </message>
    <message>
        <source>Write in the call&apos;s note what was done and what the caller should do next.</source>
        <translation>Indiquez dans la note de l&apos;appel ce qui a été fait et ce que l&apos;appelant doit faire ensuite.</translation>
    </message>
</context>
<context>
    <name>SecretStoreText</name>
    <message>
        <source>No password is saved for this setting in the system keychain yet. Type it in to save it.</source>
        <extracomment>A password (database, mail server…) that Guichet keeps in the operating system&apos;s keychain.</extracomment>
        <translation>Aucun mot de passe n&apos;est encore enregistré pour ce paramètre dans le trousseau du système. Saisissez-le pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The system keychain is not available in this session (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). Guichet cannot save or read passwords until it is.</source>
        <translation>Le trousseau du système n&apos;est pas disponible dans cette session (sous Linux&#xa0;: aucun service Secret Service, comme GNOME Keyring ou KWallet, n&apos;est lancé). Guichet ne peut ni enregistrer ni lire de mots de passe tant qu&apos;il n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keychain or allow Guichet to use it, then try again.</source>
        <translation>L&apos;accès au trousseau du système a été refusé. Déverrouillez le trousseau ou autorisez Guichet à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the operation. Try again; if the problem persists, contact IT support.</source>
        <translation>Le trousseau du système n&apos;a pas pu terminer l&apos;opération. Réessayez&#xa0;; si le problème persiste, contactez le support informatique.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Guichet — Connection settings</source>
        <translation>Guichet — Paramètres de connexion</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils :</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The connection profiles saved on this computer.</source>
        <translation>Les profils de connexion enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Starts a new, empty connection profile.</source>
        <translation>Crée un nouveau profil de connexion, vide.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved passwords, after confirmation.</source>
        <translation>Supprime le profil sélectionné et ses mots de passe enregistrés, après confirmation.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>1 to 40 letters, digits, spaces, dots, hyphens or underscores. Agents pick it at sign-in.</source>
        <translation>1 à 40 lettres, chiffres, espaces, points, traits d&apos;union ou tirets bas. Les conseillers le choisissent à la connexion.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Database kind</source>
        <translation>Type de base de données</translation>
    </message>
    <message>
        <source>An SQLite file for a single desk, or the hotline&apos;s PostgreSQL server.</source>
        <translation>Un fichier SQLite pour un poste unique, ou le serveur PostgreSQL de l&apos;assistance téléphonique.</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>The database file on this computer.</source>
        <translation>Le fichier de la base de données sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Browse for the SQLite file</source>
        <translation>Parcourir pour choisir le fichier SQLite</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Ouvre un sélecteur de fichier.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address.</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Port de la base de données</translation>
    </message>
    <message>
        <source>From 1 to 65535; empty means 5432.</source>
        <translation>De 1 à 65535 ; vide : 5432.</translation>
    </message>
    <message>
        <source>Database na&amp;me:</source>
        <translation>Nom de la &amp;base :</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>The name of the database on the server.</source>
        <translation>Le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL user the desk connects as.</source>
        <translation>L&apos;utilisateur PostgreSQL sous lequel le poste se connecte.</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted.</source>
        <translation>Indique si la connexion au serveur est chiffrée.</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable&#xa0;: jamais chiffrée</translation>
    </message>
    <message>
        <source>allow: encrypted if the server insists</source>
        <translation>allow&#xa0;: chiffrée si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>prefer: encrypted when possible</source>
        <translation>prefer&#xa0;: chiffrée si possible</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require&#xa0;: toujours chiffrée</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca&#xa0;: chiffrée, certificat vérifié</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Saved in the system keychain, never in the settings. Leave empty to keep the saved password.</source>
        <translation>Enregistré dans le trousseau du système, jamais dans les paramètres. Laissez vide pour conserver le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation>Tester la connexion à la base de données</translation>
    </message>
    <message>
        <source>Connects once with these settings and shows the result below.</source>
        <translation>Se connecte une fois avec ces paramètres et affiche le résultat ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Test the database connection</source>
        <translation>&amp;Tester la connexion à la base de données</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Mail re&amp;lay:</source>
        <translation>Re&amp;lais de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Mail relay</source>
        <translation>Relais de messagerie</translation>
    </message>
    <message>
        <source>The SMTP server that sends the mail to callers.</source>
        <translation>Le serveur SMTP qui envoie les courriels aux appelants.</translation>
    </message>
    <message>
        <source>None: mail waits in the outbox</source>
        <translation>Aucun&#xa0;: les courriels attendent dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Relay server</source>
        <translation>Serveur du relais</translation>
    </message>
    <message>
        <source>The SMTP relay&apos;s host name or address.</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse du relais SMTP.</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Port du relais</translation>
    </message>
    <message>
        <source>From 1 to 65535; empty means the usual port.</source>
        <translation>De 1 à 65535&#xa0;; vide pour le port habituel.</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>Relay security</source>
        <translation>Sécurité du relais</translation>
    </message>
    <message>
        <source>How the connection to the relay is encrypted.</source>
        <translation>Le mode de chiffrement de la connexion au relais.</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <source>SMTPS (implicit TLS)</source>
        <translation>SMTPS (TLS implicite)</translation>
    </message>
    <message>
        <source>None: plain text (trusted network only)</source>
        <translation>Aucune&#xa0;: en clair (réseau de confiance uniquement)</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Relay login</source>
        <translation>Identifiant du relais</translation>
    </message>
    <message>
        <source>Empty when the relay asks for no login.</source>
        <translation>Vide si le relais ne demande pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Relay passwor&amp;d:</source>
        <translation>Mot de passe &amp;du relais&#xa0;:</translation>
    </message>
    <message>
        <source>Relay password</source>
        <translation>Mot de passe du relais</translation>
    </message>
    <message>
        <source>Sender addre&amp;ss:</source>
        <translation>Adre&amp;sse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficat de l&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Optional (PEM file)</source>
        <translation>Facultatif (fichier PEM)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Optional: a PEM file with the certificate authority of an internal relay.</source>
        <translation>Facultatif&#xa0;: un fichier PEM contenant l&apos;autorité de certification d&apos;un relais interne.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Sent b&amp;y:</source>
        <translation>Envo&amp;yé par&#xa0;:</translation>
    </message>
    <message>
        <source>Who sends the mail</source>
        <translation>Qui envoie les courriels</translation>
    </message>
    <message>
        <source>This desk sends the mail itself, or one shared mailer service sends it for every desk.</source>
        <translation>Ce poste envoie lui-même les courriels, ou un service d&apos;envoi partagé les envoie pour tous les postes.</translation>
    </message>
    <message>
        <source>This desk (embedded)</source>
        <translation>Ce poste (intégré)</translation>
    </message>
    <message>
        <source>A shared mailer service</source>
        <translation>Un service d&apos;envoi partagé</translation>
    </message>
    <message>
        <source>Test the mail relay</source>
        <translation>Tester le relais de messagerie</translation>
    </message>
    <message>
        <source>Connects and signs in to the relay without sending any mail, and shows the result below.</source>
        <translation>Se connecte et s&apos;authentifie auprès du relais sans envoyer de courriel, et affiche le résultat ci-dessous.</translation>
    </message>
    <message>
        <source>Test the ma&amp;il relay</source>
        <translation>Tester le relais de messa&amp;gerie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The outcome of the last test or save.</source>
        <translation>Le résultat du dernier test ou du dernier enregistrement.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>A test or a save is under way.</source>
        <translation>Un test ou un enregistrement est en cours.</translation>
    </message>
    <message>
        <source>Confirm the removal</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>Removes the profile and its saved passwords.</source>
        <translation>Supprime le profil et ses mots de passe enregistrés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Conserver le profil</translation>
    </message>
    <message>
        <source>Cancels the removal.</source>
        <translation>Annule la suppression.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>Choisir le fichier de la base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the relay&apos;s CA certificate</source>
        <translation>Choisir le certificat de l&apos;AC du relais</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saves the profile; the passwords go to the system keychain.</source>
        <translation>Enregistre le profil&#xa0;; les mots de passe vont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the connection settings.</source>
        <translation>Ferme les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The profile %1 can no longer be read. Enter its settings again and save it, or remove it.</source>
        <translation>Le profil %1 ne peut plus être lu. Saisissez de nouveau ses paramètres et enregistrez-le, ou supprimez-le.</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Empty: keep the saved password</source>
        <translation>Vide&#xa0;: conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Empty: no password</source>
        <translation>Vide&#xa0;: aucun mot de passe</translation>
    </message>
    <message>
        <source>SQLite file: choose the database file.</source>
        <translation>Fichier SQLite&#xa0;: choisissez le fichier de la base de données.</translation>
    </message>
    <message>
        <source>Database server: enter the server&apos;s host name or address.</source>
        <translation>Serveur de base de données&#xa0;: saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Database port: enter a number from 1 to 65535, or leave it empty.</source>
        <translation>Port de la base de données&#xa0;: saisissez un nombre de 1 à 65535, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Database name: enter the name of the database on the server.</source>
        <translation>Nom de la base de données&#xa0;: saisissez le nom de la base sur le serveur.</translation>
    </message>
    <message>
        <source>Relay server: enter the relay&apos;s host name or address.</source>
        <translation>Serveur du relais&#xa0;: saisissez le nom d&apos;hôte ou l&apos;adresse du relais.</translation>
    </message>
    <message>
        <source>Relay port: enter a number from 1 to 65535, or leave it empty.</source>
        <translation>Port du relais&#xa0;: saisissez un nombre de 1 à 65535, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 does not exist.</source>
        <translation>Certificat de l&apos;AC&#xa0;: le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Profile name: use 1 to 40 letters, digits, spaces, dots, hyphens or underscores, with no space at either end.</source>
        <translation>Nom du profil&#xa0;: utilisez de 1 à 40 lettres, chiffres, espaces, points, traits d&apos;union ou tirets bas, sans espace au début ni à la fin.</translation>
    </message>
    <message>
        <source>Profile name: a profile named %1 already exists.</source>
        <translation>Nom du profil&#xa0;: un profil nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>The settings file cannot be written: nothing was saved.</source>
        <translation>Impossible d&apos;écrire le fichier des paramètres&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The profile is not valid: nothing was saved.</source>
        <translation>Le profil n&apos;est pas valide&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saving the passwords in the system keychain…</source>
        <translation>Enregistrement des mots de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profil %1 enregistré.</translation>
    </message>
    <message>
        <source>Profile %1 saved, but a password could not be stored in the system keychain: %2</source>
        <extracomment>%1 is the profile, %2 why the keychain refused (a full sentence).</extracomment>
        <translation>Profil %1 enregistré, mais un mot de passe n&apos;a pas pu être stocké dans le trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its saved passwords from this computer?</source>
        <translation>Supprimer de cet ordinateur le profil %1 et ses mots de passe enregistrés&#xa0;?</translation>
    </message>
    <message>
        <source>Removing the saved passwords…</source>
        <translation>Suppression des mots de passe enregistrés…</translation>
    </message>
    <message>
        <source>Profile %1 removed.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <source>Profile %1 removed, but its passwords could not be removed from the system keychain: %2</source>
        <translation>Profil %1 supprimé, mais ses mots de passe n&apos;ont pas pu être supprimés du trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Testing the database connection…</source>
        <translation>Test de la connexion à la base de données…</translation>
    </message>
    <message>
        <source>Testing the mail relay…</source>
        <translation>Test du relais de messagerie…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A profile&apos;s name in quotation marks, as the language writes them.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and name checked (recommended)</source>
        <translation>verify-full&#xa0;: chiffrée, certificat et nom vérifiés (recommandé)</translation>
    </message>
    <message>
        <source>CA certificate (ssl&amp;rootcert):</source>
        <translation>Certificat de l&apos;AC (ssl&amp;rootcert)&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: libpq default (root.crt)</source>
        <translation>Vide&#xa0;: valeur par défaut de libpq (root.crt)</translation>
    </message>
    <message>
        <source>Server CA certificate file</source>
        <translation>Fichier du certificat de l&apos;AC du serveur</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of the database server; with verify-full, the recommended mode, the server must prove its name with a certificate from it. Empty: libpq looks for root.crt in its usual folder.</source>
        <translation>Un fichier PEM contenant l&apos;autorité de certification du serveur de base de données&#xa0;; en mode verify-full, le mode recommandé, le serveur doit prouver son nom avec un certificat qu&apos;elle a émis. Vide&#xa0;: libpq cherche root.crt dans son dossier habituel.</translation>
    </message>
    <message>
        <source>Client certificate (sslc&amp;ert):</source>
        <translation>Certificat client (sslc&amp;ert)&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <source>Optional: a PEM certificate that proves this login to the server, when IT uses client certificates.</source>
        <translation>Facultatif&#xa0;: un certificat PEM qui prouve cet identifiant au serveur, si le service informatique utilise des certificats clients.</translation>
    </message>
    <message>
        <source>Client &amp;key (sslkey):</source>
        <translation>&amp;Clé client (sslkey)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional (key file)</source>
        <translation>Facultatif (fichier de clé)</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <source>Optional: the private key of the client certificate.</source>
        <translation>Facultatif&#xa0;: la clé privée du certificat client.</translation>
    </message>
    <message>
        <source>The address the mail is sent from, optionally after a name.</source>
        <translation>L&apos;adresse d&apos;où partent les courriels, éventuellement précédée d&apos;un nom.</translation>
    </message>
    <message>
        <source>Sender: enter the address the mail comes from, optionally after a name, for example Assurance retraite &lt;no-reply@example.fr&gt;.</source>
        <translation>Expéditeur&#xa0;: saisissez l&apos;adresse d&apos;où partent les courriels, éventuellement précédée d&apos;un nom, par exemple Assurance retraite &lt;no-reply@example.fr&gt;.</translation>
    </message>
    <message>
        <source>Database TLS file: the file %1 does not exist (or its name holds a semicolon).</source>
        <extracomment>A certificate or key file of the database connection; %1 is the file as typed.</extracomment>
        <translation>Fichier TLS de la base&#xa0;: le fichier %1 n&apos;existe pas (ou son nom contient un point-virgule).</translation>
    </message>
    <message>
        <source>This profile sends the supervisors&apos; reads to a PostgreSQL replica, which needs a PostgreSQL database: nothing was saved.</source>
        <translation>Ce profil envoie les lectures des superviseurs vers une réplique PostgreSQL, ce qui demande une base PostgreSQL&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>Keyboard shortcuts: the Enter key.</extracomment>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the number field: look up. In the identity check: check the answers. In a dialog: confirm.</source>
        <translation>Dans le champ du numéro&#xa0;: rechercher. Dans la vérification d&apos;identité&#xa0;: vérifier les réponses. Dans une boîte de dialogue&#xa0;: confirmer.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Le bouton ou le champ qui porte cette lettre</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close a dialog without doing anything</source>
        <translation>Fermer une boîte de dialogue sans rien faire</translation>
    </message>
    <message>
        <source>Everything at the desk can be done from the keyboard.</source>
        <translation>Au guichet, tout peut se faire au clavier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Guichet — Sign in</source>
        <translation>Guichet — Connexion</translation>
    </message>
    <message>
        <source>Sign in with your desk login to take calls.</source>
        <translation>Connectez-vous avec votre identifiant de conseiller pour prendre des appels.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The button that signs the agent in.</extracomment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your desk login, as given by your administrator.</source>
        <translation>Votre identifiant de conseiller, tel que fourni par votre administrateur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>PostgreSQL on %1, database %2</source>
        <extracomment>Connection profile; %1 is the database server, %2 the database name.</extracomment>
        <translation>PostgreSQL sur %1, base %2</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Which database and mail relay this desk uses; your administrator sets them up.</source>
        <translation>La base de données et le relais de messagerie utilisés par ce poste&#xa0;; votre administrateur les configure.</translation>
    </message>
    <message>
        <source>As started (no profile)</source>
        <extracomment>The only choice when no connection profile is set up: the connection given at start-up.
----------
The connection in use when it is not one of the profiles (given on the command line).</extracomment>
        <translation>Connexion indiquée au démarrage (aucun profil)</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <extracomment>Connection profile; %1 is the full path of the SQLite file on this computer.</extracomment>
        <translation>Fichier SQLite %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>On the sign-in while the desk opens its database (and brings an SQLite file up to date).</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <source>Your desk password. %1 wrong passwords within %2 minutes lock the login for %3 minutes.</source>
        <extracomment>%1 is the number of wrong passwords (5), %2 and %3 numbers of minutes (15).</extracomment>
        <translation>Votre mot de passe de conseiller. %1 mots de passe erronés en %2 minutes verrouillent l&apos;identifiant pendant %3 minutes.</translation>
    </message>
    <message>
        <source>The screen was locked and the password was wrong %1 times: the call was ended as interrupted. Sign in again. Here, %2 wrong passwords lock your login for %3 minutes.</source>
        <extracomment>After the lock screen signed the agent out. %1 is the number of wrong passwords allowed on the lock screen (3), %2 the number that locks a login here (5), %3 the minutes it stays locked (15).</extracomment>
        <translation>L&apos;écran était verrouillé et le mot de passe a été erroné %1 fois&#xa0;: l&apos;appel a été clos comme interrompu. Reconnectez-vous. Ici, %2 mots de passe erronés verrouillent votre identifiant pendant %3 minutes.</translation>
    </message>
</context>
<context>
    <name>SupervisionFlags</name>
    <message>
        <source>An agent is flagged when, over the period, their unlocks (or their reissues) number at least %1 and more than %2 times the median of the other agents who made at least one; an agent without such a colleague is not compared.</source>
        <translation>Un conseiller est signalé lorsque, sur la période, ses déblocages (ou ses renvois) sont au nombre d&apos;au moins %1 et dépassent %2 fois la médiane des autres conseillers qui en ont effectué au moins un&#xa0;; un conseiller qui n&apos;a aucun collègue dans ce cas n&apos;est pas comparé.</translation>
    </message>
</context>
<context>
    <name>SupervisionFlagsPanel</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Accounts locked again and again</source>
        <translation>Comptes bloqués à répétition</translation>
    </message>
    <message>
        <source>Accounts locked %1 times or more in the last %2 days.</source>
        <translation>Comptes bloqués %1 fois ou plus au cours des %2 derniers jours.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Last locked at</source>
        <translation>Dernier blocage</translation>
    </message>
    <message>
        <source>Agents far above their peers</source>
        <translation>Conseillers très au-dessus de leurs pairs</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Peers&apos; median</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Temporary passwords never used</source>
        <translation>Mots de passe provisoires jamais utilisés</translation>
    </message>
    <message>
        <source>Temporary passwords that expired in the period without ever being used.</source>
        <translation>Mots de passe provisoires expirés pendant la période sans avoir jamais été utilisés.</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Expired at</source>
        <translation>Expiré le</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement en cours</translation>
    </message>
    <message>
        <source>Accounts locked %1 times or more in %2 days</source>
        <translation>Comptes bloqués %1 fois ou plus en %2 jours</translation>
    </message>
    <message>
        <source>Temporary passwords expired without being used</source>
        <translation>Mots de passe provisoires expirés sans avoir été utilisés</translation>
    </message>
    <message>
        <source>Still locked</source>
        <translation>Toujours bloqué</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Débloqué</translation>
    </message>
    <message>
        <source>reissues</source>
        <translation>renvois</translation>
    </message>
    <message>
        <source>unlocks</source>
        <translation>déblocages</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see this account&apos;s events in the audit trail.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour voir les événements de ce compte dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Show the events of account %1</source>
        <extracomment>%1 is the account holder&apos;s masked social-security number.</extracomment>
        <translation>Voir les événements du compte %1</translation>
    </message>
    <message>
        <source>Identity checks limited</source>
        <translation>Contrôles d&apos;identité limités</translation>
    </message>
    <message>
        <source>Persons whose identity checks failed %1 times or more in the last %2 hours, across calls and agents: their checks are refused for now.</source>
        <extracomment>%1 is a number of failed checks, %2 a number of hours.</extracomment>
        <translation>Personnes dont les contrôles d&apos;identité ont échoué %1 fois ou plus au cours des %2 dernières heures, tous appels et agents confondus&#xa0;: leurs contrôles sont refusés pour le moment.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Contrôles échoués</translation>
    </message>
    <message>
        <source>Refused checks</source>
        <translation>Contrôles refusés</translation>
    </message>
    <message>
        <source>Last check at</source>
        <translation>Dernier contrôle le</translation>
    </message>
    <message>
        <source>Limited until</source>
        <translation>Limité jusqu&apos;au</translation>
    </message>
    <message>
        <source>Identity checks limited (%1 failures in %2 hours)</source>
        <extracomment>%1 is a number of failed checks, %2 a number of hours.</extracomment>
        <translation>Contrôles d&apos;identité limités (%1 échecs en %2 heures)</translation>
    </message>
    <message>
        <source>Nothing to look at: no account, agent, temporary password or identity check is flagged.</source>
        <translation>Rien à examiner&#xa0;: aucun compte, agent, mot de passe provisoire ni contrôle d&apos;identité n&apos;est signalé.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>Guichet — supervision — %1</source>
        <extracomment>Window title; %1 is the supervisor&apos;s name.</extracomment>
        <translation>Guichet — supervision — %1</translation>
    </message>
    <message>
        <source>&amp;Lockouts</source>
        <translation>&amp;Blocages</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>&amp;Flags</source>
        <translation>Si&amp;gnalements</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The history of account lockouts, with charts and the CSV export</source>
        <translation>L&apos;historique des blocages de comptes, avec graphiques et export CSV</translation>
    </message>
    <message>
        <source>Calls per reason and per hour</source>
        <translation>Appels par motif et par heure</translation>
    </message>
    <message>
        <source>What deserves a look: repeated lockouts, unusual agents, unused passwords</source>
        <translation>Ce qui mérite un examen&#xa0;: blocages répétés, conseillers atypiques, mots de passe inutilisés</translation>
    </message>
    <message>
        <source>Every recorded action, and the check of its chain</source>
        <translation>Toutes les actions enregistrées, et la vérification de leur chaîne</translation>
    </message>
    <message>
        <source>Supervision tabs</source>
        <translation>Onglets de supervision</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Session&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>E&amp;xport the lockouts (CSV)…</source>
        <translation>E&amp;xporter les blocages (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Défilement horizontal</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Défilement</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>En-têtes de lignes</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>App&amp;rovals</source>
        <translation>App&amp;robations</translation>
    </message>
    <message>
        <source>Reissues to a changed e-mail address waiting for a supervisor&apos;s approval</source>
        <translation>Renvois vers une adresse e-mail changée, en attente de l&apos;approbation d&apos;un superviseur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>Replica unreachable: figures from the main server</source>
        <translation>Réplique injoignable&#xa0;: chiffres du serveur principal</translation>
    </message>
    <message>
        <source>The read replica does not answer; the lockouts, the statistics and the export are read from the main server meanwhile, and from the replica again once it answers.</source>
        <translation>La réplique de lecture ne répond pas&#xa0;; les blocages, les statistiques et l&apos;export sont lus sur le serveur principal en attendant, puis de nouveau sur la réplique dès qu&apos;elle répond.</translation>
    </message>
    <message>
        <source>Figures from the reads server (not a replica)</source>
        <translation>Chiffres du serveur de lecture (qui n&apos;est pas une réplique)</translation>
    </message>
    <message>
        <source>The profile&apos;s reads address names a server that is not a standby: the figures are current, but the load is not taken off the main server.</source>
        <translation>L&apos;adresse de lecture du profil désigne un serveur qui n&apos;est pas un serveur de secours&#xa0;: les chiffres sont à jour, mais la charge n&apos;est pas retirée du serveur principal.</translation>
    </message>
    <message>
        <source>Figures from the replica, up to date</source>
        <translation>Chiffres de la réplique, à jour</translation>
    </message>
    <message>
        <source>Figures from the replica, %1 behind (as of %2 s ago)</source>
        <extracomment>%1 is an amount of data (e.g. &quot;12 KB&quot;), %2 a number of seconds.</extracomment>
        <translation>Chiffres de la réplique, %1 de retard (état d&apos;il y a %2&#xa0;s)</translation>
    </message>
    <message>
        <source>Figures from the replica, %1 behind</source>
        <extracomment>%1 is an amount of data (e.g. &quot;12 KB&quot;).</extracomment>
        <translation>Chiffres de la réplique, %1 de retard</translation>
    </message>
    <message>
        <source>The replica has not replayed the latest changes of the main server yet: the most recent lockouts may be missing. Reload to check again.</source>
        <translation>La réplique n&apos;a pas encore rejoué les dernières modifications du serveur principal&#xa0;: les blocages les plus récents peuvent manquer. Rechargez pour vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Figures from the replica</source>
        <translation>Chiffres de la réplique</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <extracomment>%1 is a time of day.</extracomment>
        <translation>Vérifié à %1.</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Check the &amp;answers</source>
        <translation>&amp;Vérifier les réponses</translation>
    </message>
    <message>
        <source>Last name, as the caller says it</source>
        <translation>Nom, tel que l&apos;appelant le donne</translation>
    </message>
    <message>
        <source>Type what the caller answers; case and accents do not matter.</source>
        <translation>Saisissez ce que répond l&apos;appelant&#xa0;; majuscules et accents sont sans importance.</translation>
    </message>
    <message>
        <source>First names, as the caller says them</source>
        <translation>Prénoms, tels que l&apos;appelant les donne</translation>
    </message>
    <message>
        <source>All first names, in the caller&apos;s order.</source>
        <translation>Tous les prénoms, dans l&apos;ordre donné par l&apos;appelant.</translation>
    </message>
    <message>
        <source>Birth date, as the caller says it</source>
        <translation>Date de naissance, telle que l&apos;appelant la donne</translation>
    </message>
    <message>
        <source>Birth place, as the caller says it</source>
        <translation>Lieu de naissance, tel que l&apos;appelant le donne</translation>
    </message>
    <message>
        <source>Town of birth, or country when born abroad.</source>
        <translation>Commune de naissance, ou pays en cas de naissance à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>Vérifier les réponses</translation>
    </message>
    <message>
        <source>Compares the answers with the record (Enter in any field). The record&apos;s values are never shown.</source>
        <translation>Compare les réponses au dossier (Entrée dans n&apos;importe quel champ). Les valeurs du dossier ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Last &amp;name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Dat&amp;e de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>&amp;Lieu de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Start a call first: nothing about a caller can be done outside a call.</source>
        <translation>Démarrez d&apos;abord un appel&#xa0;: rien ne peut être fait pour un appelant en dehors d&apos;un appel.</translation>
    </message>
    <message>
        <source>Look the caller up first.</source>
        <translation>Recherchez d&apos;abord l&apos;appelant.</translation>
    </message>
    <message>
        <source>Three identity checks failed in this call: no action is possible. End the call.</source>
        <translation>Trois vérifications d&apos;identité ont échoué pendant cet appel&#xa0;: aucune action n&apos;est possible. Terminez l&apos;appel.</translation>
    </message>
    <message>
        <source>Type all four answers first.</source>
        <translation>Saisissez d&apos;abord les quatre réponses.</translation>
    </message>
    <message>
        <source>✗ Three identity checks failed: no action is possible in this call. Tell the caller, then end the call.</source>
        <translation>✗ Trois vérifications d&apos;identité ont échoué&#xa0;: aucune action n&apos;est possible pendant cet appel. Prévenez l&apos;appelant, puis terminez l&apos;appel.</translation>
    </message>
    <message>
        <source>The identity check has expired: verify the caller again before acting.</source>
        <translation>La vérification d&apos;identité a expiré&#xa0;: vérifiez de nouveau l&apos;identité de l&apos;appelant avant d&apos;agir.</translation>
    </message>
    <message>
        <source>Identity check valid for %1 more (until %2).</source>
        <extracomment>%1 is the time left, mm:ss; %2 the time the check expires, in the user&apos;s locale.</extracomment>
        <translation>Vérification d&apos;identité encore valable %1 (jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, e.g. 24/12/1960</source>
        <extracomment>Placeholder of the birth date field: day, month, year in four digits, in this order in every language.</extracomment>
        <translation>JJ/MM/AAAA, p. ex. 24/12/1960</translation>
    </message>
    <message>
        <source>Day, month and year in four digits, in this order, e.g. 24/12/1960; or 1960-12-24.</source>
        <translation>Jour, mois et année sur quatre chiffres, dans cet ordre, p. ex. 24/12/1960&#xa0;; ou 1960-12-24.</translation>
    </message>
</context>
<context>
    <name>guichetctl</name>
    <message>
        <source>Guichet command-line tool</source>
        <translation>Outil en ligne de commande de Guichet</translation>
    </message>
</context>
</TS>
