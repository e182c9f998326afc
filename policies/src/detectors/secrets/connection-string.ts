import { isStandInCredential } from './credential-words';
import { secretDetector } from './define';

const DB_SCHEMES = String.raw`postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\+s)?|bolt|nats|jdbc:[a-z]{2,12}`;

// Database / broker connection strings with an inline password. The finding covers the password
// only, so redaction leaves the host and user readable. Covers URL style (postgres://u:p@h),
// JDBC/ODBC/ADO.NET key-value style (password=…; Pwd=…).
export const connectionString = secretDetector({
  id: 'secrets/connection-string',
  label: { one: 'a database password', many: 'database passwords' },
  keywords: ['://', 'password=', 'pwd='],
  patterns: [
    {
      name: 'url-userinfo',
      regex: new RegExp(String.raw`(?<=\b(?:${DB_SCHEMES}):\/\/[^\s:/@'"]{0,64}:)[^\s@/'"]{1,128}(?=@[\w.\[-])`, 'gi'),
      score: 0.95,
    },
    {
      name: 'key-value',
      regex: /(?<=(?:jdbc:|odbc|server\s{0,2}=|data source\s{0,2}=|host\s{0,2}=|[?&;])[^\n]{0,160}?\b(?:password|pwd)\s{0,2}=\s{0,2})[^\s;&'"]{1,128}/gi,
      score: 0.9,
    },
  ],
  placeholders: false,
  check: (v) => !isStandInCredential(v),
});
