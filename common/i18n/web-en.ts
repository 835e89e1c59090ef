import type { WebMessages } from './web-zh-CN';

export const webEn: WebMessages = {
  app: { name: 'Linli', fullName: 'Linli · Community Organizations Platform', console: 'Console', portal: 'Portal' },
  common: {
    save: 'Save', cancel: 'Cancel', edit: 'Edit', create: 'New', search: 'Search', reset: 'Reset', export: 'Export Excel',
    actions: 'Actions', yes: 'Yes', no: 'No', loading: 'Loading…', saved: 'Saved', copy: 'Copy', copied: 'Copied', close: 'Close',
    all: 'All', from: 'From', to: 'To', total: '{{count}} in all', upload: 'Upload', download: 'Download',
  },
  lang: { switchTo: '中文' },
  menu: {
    home: 'Home', jurisdictions: 'Jurisdictions', users: 'Users', account: 'My account', audit: 'Audit log',
    loginLog: 'Sign-in log', dictionaries: 'Dictionaries', settings: 'Settings', notifications: 'Notifications', logout: 'Sign out',
  },
  login: { title: 'Staff sign-in', username: 'Username', password: 'Password', submit: 'Sign in', required: 'Enter the {{field}}', portal: 'Back to the portal' },
  password: {
    title: 'Change password', expired: 'Your password has expired or is temporary: set a new one first.', current: 'Current password', next: 'New password', confirm: 'Confirm new password',
    mismatch: 'The two new passwords differ', rules: 'At least 8 characters from 3 of: upper case, lower case, digits, symbols; not one of your last 5.', done: 'Password changed',
  },
  home: { welcome: 'Welcome, {{name}}', node: 'Your jurisdiction', role: 'Role', level: 'Level' },
  roles: {
    admin: 'Platform admin', auditor: 'Auditor', bureau: 'Civil-affairs bureau', street: 'Street office', committee: 'Residents\' committee',
    hub: 'Hub organization', org: 'Community organization', reviewer: 'Expert reviewer', volunteer: 'Volunteer',
  },
  levels: { 1: 'Province', 2: 'City', 3: 'District', 4: 'Street', 5: 'Community' },
  areaTypes: { urban: 'Urban', rural: 'Rural', unknown: 'Unknown' },
  jurisdictions: {
    tree: 'Tree', searchPlaceholder: 'Search by name or code', noResult: 'Nothing matches inside your jurisdiction', code: 'Code', name: 'Name',
    level: 'Level', areaType: 'Area type', households: 'Households', population: 'Residents', path: 'Within', select: 'Choose a place',
    pickNode: 'Choose a place in the tree to see it', statsImport: 'Import households and residents', template: 'Download template', importDone: '{{count}} rows imported',
    importFailed: 'Import failed; nothing was imported. Fix the rows below and upload again.', row: 'Where', problem: 'Problem', uploading: 'Uploading {{percent}}%',
  },
  users: {
    username: 'Username', displayName: 'Name', phone: 'Mobile', role: 'Role', jurisdiction: 'Place', status: 'Status',
    active: 'Active', disabled: 'Disabled', disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password', revealPhone: 'Show number',
    oneTimePassword: 'One-time password', oneTimeHint: 'Give this password to the user; it must be changed at first sign-in. It is shown only now.', created: 'Account created',
    createTitle: 'New user', editTitle: 'Edit user', keyword: 'Username or name', confirmReset: 'Reset this user\'s password? All their sessions end.',
  },
  account: {
    profile: 'Profile', sessions: 'My sessions', current: 'This one', createdAt: 'Signed in', lastSeenAt: 'Last active', expiresAt: 'Expires',
    source: 'Address', device: 'Browser', endAll: 'Sign out everywhere', confirmEndAll: 'Sign out on every device, this one included?',
  },
  audit: {
    at: 'Time', actor: 'Actor', role: 'Role', jurisdiction: 'Place', action: 'Action', target: 'Target', outcome: 'Outcome', source: 'Address',
    verify: 'Verify chain', intact: 'Chain intact: {{rows}} rows in {{districts}} district chains', broken: 'Chain broken: district {{district}}, row {{seq}} ({{reason}})',
    success: 'Success', denied: 'Denied', failed: 'Failed', keyword: 'Actor, action or target',
  },
  loginLog: { username: 'Username', success: 'Succeeded', failure: 'Failed', ok: 'Succeeded', bad_credentials: 'Wrong password', locked: 'Locked', disabled: 'Disabled account' },
  dictionaries: { type: 'Dictionary', code: 'Code', labelZh: 'Chinese label', labelEn: 'English label', sort: 'Order', enabled: 'Enabled', addEntry: 'Add entry' },
  settings: {
    key: 'Setting', value: 'Value', default: 'Default',
    names: {
      'session.idleMinutes': 'Session idle timeout (minutes)', 'session.absoluteHours': 'Session lifetime (hours)', 'password.minLength': 'Minimum password length',
      'password.minClasses': 'Password character classes', 'password.maxAgeDays': 'Password lifetime (days)', 'password.historyCount': 'Passwords that may not be reused',
      'lockout.maxFailures': 'Failures before lockout', 'lockout.windowMinutes': 'Failure window (minutes)', 'lockout.lockMinutes': 'Lockout duration (minutes)',
      'attachments.maxBytes': 'Attachment size limit (bytes)',
      'filing.minMembers': 'Minimum members to file', 'filing.noticeDays': 'Filing notice period (days)', 'certificate.numberPattern': 'Certificate number pattern',
    },
  },
  notifications: { title: 'Title', createdAt: 'Time', unread: 'Unread', read: 'Read', markRead: 'Mark read', markAllRead: 'Mark all read', onlyUnread: 'Unread only', empty: 'No notifications' },
  portal: {
    tagline: 'Cultivating, managing and serving community organizations, all in one place', searchPlaceholder: 'Search organizations, notices, activities', comingSoon: 'Coming soon',
    staffLogin: 'Staff sign-in', sections: 'Services', directory: 'Directory', notices: 'Filing notices', verify: 'Verify a certificate', volunteer: 'Volunteering',
    footer: 'Linli · Community Organizations Platform',
  },
};
