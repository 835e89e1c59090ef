/** The web apps' words, zh-CN. Keys are grouped by screen; web-en.ts mirrors this shape. */
export const webZh = {
  app: { name: '邻里', fullName: '邻里 · 社区社会组织服务平台', console: '管理后台', portal: '门户' },
  common: {
    save: '保存', cancel: '取消', edit: '编辑', create: '新建', search: '搜索', reset: '重置', export: '导出 Excel',
    actions: '操作', yes: '是', no: '否', loading: '加载中…', saved: '已保存', copy: '复制', copied: '已复制', close: '关闭',
    all: '全部', from: '开始', to: '结束', total: '共 {{count}} 条', upload: '上传', download: '下载',
  },
  lang: { switchTo: 'English' },
  menu: {
    home: '首页', jurisdictions: '行政区划', users: '用户管理', account: '我的账号', audit: '审计日志',
    loginLog: '登录日志', dictionaries: '数据字典', settings: '系统设置', notifications: '消息通知', logout: '退出登录',
  },
  login: { title: '工作人员登录', username: '用户名', password: '密码', submit: '登录', required: '请输入{{field}}', portal: '返回门户' },
  password: {
    title: '修改密码', expired: '您的密码已过期或为临时密码，请先设置新密码。', current: '当前密码', next: '新密码', confirm: '确认新密码',
    mismatch: '两次输入的新密码不一致', rules: '至少 8 位，包含大写字母、小写字母、数字、特殊字符中的至少 3 类；不能与最近 5 次密码相同。', done: '密码已修改',
  },
  home: { welcome: '欢迎，{{name}}', node: '您的管辖范围', role: '角色', level: '层级' },
  roles: {
    admin: '平台管理员', auditor: '审计员', bureau: '民政局', street: '街道/乡镇', committee: '居/村委会',
    hub: '枢纽型社会组织', org: '社区社会组织', reviewer: '评审专家', volunteer: '志愿者',
  },
  levels: { 1: '省', 2: '市', 3: '区县', 4: '街道/乡镇', 5: '社区/村' },
  areaTypes: { urban: '城市社区', rural: '农村社区', unknown: '未确定' },
  jurisdictions: {
    tree: '区划树', searchPlaceholder: '按名称或代码搜索', noResult: '管辖范围内没有匹配的区划', code: '区划代码', name: '名称',
    level: '层级', areaType: '城乡类型', households: '户数', population: '常住人口', path: '所属', select: '请选择区划',
    pickNode: '在左侧选择一个区划查看详情', statsImport: '导入户数与人口', template: '下载模板', importDone: '已导入 {{count}} 条',
    importFailed: '导入失败，未导入任何数据。请按下表修改后重新上传。', row: '位置', problem: '问题', uploading: '上传中 {{percent}}%',
  },
  users: {
    username: '用户名', displayName: '姓名', phone: '手机号', role: '角色', jurisdiction: '所在区划', status: '状态',
    active: '启用', disabled: '停用', disable: '停用', enable: '启用', resetPassword: '重置密码', revealPhone: '查看号码',
    oneTimePassword: '一次性密码', oneTimeHint: '请将此密码告知本人，首次登录须修改。此密码只显示这一次。', created: '账号已创建',
    createTitle: '新建用户', editTitle: '修改用户', keyword: '用户名或姓名', confirmReset: '确定为该用户重置密码？其所有会话将被退出。',
  },
  account: {
    profile: '基本信息', sessions: '我的会话', current: '当前', createdAt: '登录时间', lastSeenAt: '最近活动', expiresAt: '到期',
    source: '来源地址', device: '浏览器', endAll: '退出所有设备', confirmEndAll: '确定退出所有设备上的登录？包括当前设备。',
  },
  audit: {
    at: '时间', actor: '操作人', role: '角色', jurisdiction: '区划', action: '操作', target: '对象', outcome: '结果', source: '来源地址',
    verify: '校验审计链', intact: '审计链完整：共校验 {{rows}} 条记录、{{districts}} 条区县链', broken: '审计链被破坏：区县 {{district}} 第 {{seq}} 条（{{reason}}）',
    success: '成功', denied: '拒绝', failed: '失败', keyword: '操作人、操作或对象',
  },
  loginLog: { username: '用户名', success: '成功', failure: '失败', ok: '成功', bad_credentials: '密码错误', locked: '已锁定', disabled: '账号停用' },
  dictionaries: { type: '字典', code: '编码', labelZh: '中文名称', labelEn: '英文名称', sort: '排序', enabled: '启用', addEntry: '新增字典项' },
  settings: {
    key: '设置项', value: '当前值', default: '默认值',
    names: {
      'session.idleMinutes': '会话空闲超时（分钟）', 'session.absoluteHours': '会话最长时长（小时）', 'password.minLength': '密码最小长度',
      'password.minClasses': '密码字符类别数', 'password.maxAgeDays': '密码有效期（天）', 'password.historyCount': '不得重复使用的历史密码数',
      'lockout.maxFailures': '锁定前允许失败次数', 'lockout.windowMinutes': '失败计数窗口（分钟）', 'lockout.lockMinutes': '锁定时长（分钟）',
      'attachments.maxBytes': '附件大小上限（字节）',
      'filing.minMembers': '备案最少成员数', 'filing.noticeDays': '备案公示期（天）', 'certificate.numberPattern': '备案证书编号格式',
    } as Record<string, string>,
  },
  notifications: { title: '标题', createdAt: '时间', unread: '未读', read: '已读', markRead: '标为已读', markAllRead: '全部标为已读', onlyUnread: '只看未读', empty: '暂无消息' },
  portal: {
    tagline: '社区社会组织培育、管理、服务一网通办', searchPlaceholder: '搜索社区社会组织、公示、活动', comingSoon: '即将上线',
    staffLogin: '工作人员登录', sections: '服务导航', directory: '组织名录', notices: '备案公示', verify: '证书查验', volunteer: '志愿服务',
    footer: '邻里 · 社区社会组织服务平台',
  },
};
export type WebMessages = typeof webZh;
