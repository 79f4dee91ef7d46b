<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountPanel</name>
    <message>
        <source>Insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-security number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed password attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failed attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>Shown instead of a date that the database does not have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>When the temporary password expires; %1 is a date and time in the past.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (less than a day left)</source>
        <extracomment>When the temporary password expires; %1 is a date and time less than 24 hours ahead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <extracomment>When the temporary password expires; %1 is a date and time, %n the whole days left.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No portal account</source>
        <extracomment>State of a person&apos;s portal account, shown as a headline.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending activation</source>
        <extracomment>State of a portal account: registered, temporary password not yet activated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a portal account: the holder can log in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>State of a portal account: locked after too many wrong passwords.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password expired</source>
        <extracomment>State of a portal account: the temporary password was not activated in time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder can log in to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked since %1 after %n failed password attempt(s). The holder cannot log in until the account is unlocked.</source>
        <extracomment>%1 is a date and time; %n the number of failed attempts.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The holder has registered and must activate the temporary password before %1.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder has registered but has not activated the account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password expired on %1 without being activated. The holder must register again, or the desk issues a new temporary password.</source>
        <extracomment>%1 is a date and time in the past.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has not registered on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has not registered on the portal, and cannot until the social-security number is certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <extracomment>The social-security number was checked against the national register.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified. The portal refuses registration until the number is certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: the person has no definitive number yet.</source>
        <extracomment>A provisional social-security number starts with 3, 4, 7 or 8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and e-mail address stay masked until the caller&apos;s identity is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the temporary password has been used to log in: yes, no (expired unused), not yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlCommands</name>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-security number (identity add, register add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth (commune, or country when born abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity add: the NIR is not certified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: number of portal accounts to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo: seed of the generator (same seed, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  init                         create or migrate the schema
  nir check INPUT              validate a social-security number
  identity add --nir … --last-name … --first-names … --birth-date … --birth-place … [--uncertified]
  register add --nir … (same fields)   add a national-register reference entry
  seed-demo --accounts N [--seed S]    fill an empty database with demo data
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nir check takes exactly one argument (quote a number typed with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--uncertified applies to identity add only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed-demo needs --accounts N, with N between 1 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Valid social-security number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the social-security number: 13 or 15 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits are allowed, plus 2A or 2B for a birth in Corsica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A social-security number has 13 characters, or 15 with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digit must be 1 or 2 (3, 4, 7 or 8 for a provisional number).</source>
        <extracomment>The first digit of the NIR.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of birth (4th and 5th digits) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department of birth is not valid (01 to 95, 2A, 2B, 96, 971 to 989, or 99 abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune of birth cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of birth cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth order number cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key (last two digits) must be between 01 and 97.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not match the number: check each digit with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data given is incomplete or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the connection settings or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of Guichet. Install the update first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must start with sqlite: or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database URL has no file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database URL has no database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the database URL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password does not belong in the database URL; use PGPASSWORD or the .pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL has an unknown option (only sslmode and host are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name may hold only letters, spaces, hyphens and apostrophes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first names are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first names may hold only letters, spaces, hyphens and apostrophes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not valid (YYYY-MM-DD, not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth does not match the year and month in the social-security number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of birth is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of birth holds characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <source>Social-security &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the social-security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <extracomment>Button: find the insured person who has the number typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the caller&apos;s social-security number, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <extracomment>Menu of what the agent does during a telephone call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a Caller by Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the social-security number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NirLineEdit</name>
    <message>
        <source>13 or 15 characters</source>
        <extracomment>Placeholder of the social-security number field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 characters, or 15 with the key. Spaces and dots are ignored; 2A and 2B are accepted for Corsica.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
