/** Server messages and web words of 时间银行 (M5.5): the ledger, its rules per place, its check; zh-CN first, English beside it. */

/** Who may receive a transfer (setting `timeBank.transferRelations`), as the sender names the recipient. */
const relationsZh = {
  spouse: '配偶', parent: '父母', child: '子女', grandparent: '祖父母、外祖父母', grandchild: '孙子女、外孙子女',
  sibling: '兄弟姐妹', parent_in_law: '配偶的父母',
};
const relationsEn: typeof relationsZh = {
  spouse: 'Spouse', parent: 'Parent', child: 'Child', grandparent: 'Grandparent', grandchild: 'Grandchild',
  sibling: 'Sibling', parent_in_law: 'Parent-in-law',
};
type RelationWords = { [K in keyof typeof relationsZh as `timeBankRelation_${K}`]: string };
const relationWords = (words: typeof relationsZh) =>
  Object.fromEntries(Object.entries(words).map(([k, v]) => [`timeBankRelation_${k}`, v])) as RelationWords;

export const timeBankErrorsZh = {
  ledgerInsufficient: '余额不足',
  ledgerReversalInsufficient: '该志愿者已使用了这些时长或积分，余额不足以冲正；请先与志愿者核实',
  idempotencyKeyReused: '该请求编号已用于另一笔不同的操作，请刷新后重试',
  idempotencyKeyInvalid: '请求编号应为 8–100 个字符',
  timeBankMinutesInvalid: '时长须为大于 0 的整数分钟',
  timeBankServiceTypeUnknown: '请选择服务类型',
  timeBankUnderWithdrawAge: '年满 {{age}} 周岁后才能用时间兑换服务（您现在 {{current}} 周岁）',
  timeBankRecipientUnknown: '没有找到身份证号和姓名都相符的注册志愿者，请核对；对方须先注册为志愿者',
  timeBankRecipientSelf: '不能转给或捐赠给自己',
  timeBankRelationNotAllowed: '按本地规定，时间不能转给这一亲属关系',
  timeBankRecipientNotElder: '受赠老人须年满 {{age}} 周岁',
  timeBankElderRequired: '捐赠给困难老人时，请填写对方的身份证号和姓名',
  jurisdictionSettingUnknown: '没有这项规则：{{key}}',
  ruleInteger: '请填写 {{min}}–{{max}} 之间的整数',
  ruleOptions: '只能从给出的选项中选择',
  rulePercent: '比例须为 {{min}}–{{max}} 之间的整数（%）',
  ruleServiceTypeUnknown: '服务类型不存在：{{code}}',
  /** What a ledger entry was, in words (history on the portal and the console). */
  ledgerWordDeposit: '志愿服务存入',
  ledgerWordOverCap: '超出累计存入上限，转入捐赠池',
  ledgerWordWithdraw: '兑换服务：{{serviceType}}',
  ledgerWordTransferOut: '转给亲属 {{name}}（{{relation}}）',
  ledgerWordTransferIn: '亲属 {{name}} 转入（对方登记的关系：{{relation}}）',
  ledgerWordDonatePool: '捐赠给时间银行捐赠池',
  ledgerWordDonateElderOut: '捐赠给困难老人 {{name}}',
  ledgerWordDonateElderIn: '收到 {{name}} 的爱心捐赠',
  ledgerWordEarn: '服务积分',
  ledgerWordReserve: '积分兑换（待领取）',
  ledgerWordComplete: '积分兑换完成',
  ledgerWordRelease: '兑换未领取，积分退回',
  ledgerWordExpire: '积分到期失效',
  ledgerWordReversal: '冲正：{{what}}',
  ...relationWords(relationsZh),
};

export const timeBankErrorsEn: Record<keyof typeof timeBankErrorsZh, string> = {
  ledgerInsufficient: 'Insufficient balance',
  ledgerReversalInsufficient: 'The volunteer has spent these hours or points; the balance cannot cover the reversal. Check with the volunteer first',
  idempotencyKeyReused: 'This request key was used for a different operation; refresh and try again',
  idempotencyKeyInvalid: 'The request key must be 8 to 100 characters',
  timeBankMinutesInvalid: 'Give a whole number of minutes above zero',
  timeBankServiceTypeUnknown: 'Choose a service type',
  timeBankUnderWithdrawAge: 'Hours can buy services from the age of {{age}} (you are {{current}})',
  timeBankRecipientUnknown: 'No registered volunteer has this ID number and name; check them. The recipient must register as a volunteer first',
  timeBankRecipientSelf: 'You cannot transfer or donate to yourself',
  timeBankRelationNotAllowed: 'The local rules do not allow transfers to this relative',
  timeBankRecipientNotElder: 'The elder must be at least {{age}}',
  timeBankElderRequired: 'To donate to an elder in need, give their ID number and name',
  jurisdictionSettingUnknown: 'No such rule: {{key}}',
  ruleInteger: 'Give a whole number from {{min}} to {{max}}',
  ruleOptions: 'Choose among the options given',
  rulePercent: 'The percentage must be a whole number from {{min}} to {{max}}',
  ruleServiceTypeUnknown: 'No such service type: {{code}}',
  ledgerWordDeposit: 'Service hours deposited',
  ledgerWordOverCap: 'Above the lifetime cap, given to the donation pool',
  ledgerWordWithdraw: 'Service received: {{serviceType}}',
  ledgerWordTransferOut: 'Transferred to {{name}} ({{relation}})',
  ledgerWordTransferIn: 'Transferred by {{name}} (relationship given: {{relation}})',
  ledgerWordDonatePool: 'Donated to the donation pool',
  ledgerWordDonateElderOut: 'Donated to {{name}}, an elder in need',
  ledgerWordDonateElderIn: 'Donation from {{name}}',
  ledgerWordEarn: 'Service points',
  ledgerWordReserve: 'Points redeemed (awaiting pickup)',
  ledgerWordComplete: 'Redemption picked up',
  ledgerWordRelease: 'Redemption not picked up, points returned',
  ledgerWordExpire: 'Points expired',
  ledgerWordReversal: 'Reversal: {{what}}',
  ...relationWords(relationsEn),
};

/** The rules a place may set (settings marked per jurisdiction), named for the console. */
const ruleNamesZh = {
  'timeBank.creditPercentByServiceType': '时间存入比例（按服务类型，%）', 'timeBank.lifetimeCapHours': '累计存入上限（小时）',
  'timeBank.withdrawAge': '可兑换服务的年龄（周岁）', 'timeBank.transferRelations': '可转赠的亲属关系',
  'points.perHour': '每小时服务积分', 'points.percentByServiceType': '积分比例（按服务类型，%）',
  'points.maxHoursPerActivity': '每次活动最多计积分的小时数', 'points.expiryYears': '积分有效期（年）',
};
const ruleNamesEn: typeof ruleNamesZh = {
  'timeBank.creditPercentByServiceType': 'Hours credited per service type (%)', 'timeBank.lifetimeCapHours': 'Lifetime cap on deposits (hours)',
  'timeBank.withdrawAge': 'Age from which hours buy services', 'timeBank.transferRelations': 'Relatives who may receive a transfer',
  'points.perHour': 'Points per hour of service', 'points.percentByServiceType': 'Points per service type (%)',
  'points.maxHoursPerActivity': 'Hours of one activity that earn points, at most', 'points.expiryYears': 'Points expire after (years)',
};

export const timeBankWebZh = {
  menu: '时间银行', rulesMenu: '时间银行与积分规则',
  relations: relationsZh,
  ruleNames: ruleNamesZh,
  kinds: {
    deposit: '存入', withdraw: '兑换服务', transfer: '转赠亲属', donate: '爱心捐赠', over_cap: '超限转捐', earn: '积分',
    reserve: '积分兑换', complete: '兑换完成', release: '积分退回', expire: '积分过期', reversal: '冲正',
  } as Record<string, string>,
  hours: '{{hours}} 小时', points: '{{points}} 积分',
  balance: '时间余额', pointsBalance: '积分余额', lifetime: '累计存入', cap: '存入上限', withdrawAge: '可兑换年龄', age: '年龄',
  ageValue: '{{age}} 周岁', reached: '已达到', notReached: '未达到', relationsAllowed: '可转赠的亲属',
  at: '时间', kind: '类型', description: '说明', change: '变动', unit: '单位', units: { minutes: '时间', points: '积分' },
  noHistory: '暂无收支记录',
  accounts: {
    keyword: '志愿者姓名', place: '所在社区', name: '志愿者', balanceHours: '时间余额（小时）', points: '积分余额', lifetimeHours: '累计存入（小时）',
    detail: '{{name}}的时间银行', history: '收支明细', all: '全部',
  },
  rules: {
    hint: '本级设置适用于本区划及下级区划；下级区划可以另行设置。未设置时沿用上级区划、平台设置或默认值。',
    node: '区划', rule: '规则', inForce: '当前生效', source: '来源', own: '本级设置', inherit: '沿用',
    fromDefault: '默认值', fromPlatform: '平台设置', fromNode: '{{name}}设置', fromHere: '本级设置',
    set: '设置本级', clear: '恢复沿用', cleared: '已恢复沿用上级规则', none: '（无）',
    serviceType: '服务类型', percent: '比例（%）', addType: '添加服务类型', otherTypes: '未列出的服务类型按 100% 计算', remove: '删除',
  },
  check: {
    title: '账本核对', ok: '账本核对正常：最近核对于 {{time}}（{{movements}} 笔变动，{{accounts}} 个账户）',
    failed: '账本核对发现 {{count}} 个问题（{{time}}），请联系技术人员核查', never: '账本尚未核对',
    problems: {
      movementUnbalanced: '变动借贷不平衡', entryWithoutMovement: '分录缺少所属变动', balanceMismatch: '账户余额与分录合计不符',
      balanceNegative: '账户余额为负', idempotencyKeyDuplicate: '请求编号重复', more: '更多问题',
    } as Record<string, string>,
  },
  portal: {
    title: '我的时间银行', pointsUnit: '积分',
    lifetime: '累计存入 {{hours}} 小时，上限 {{cap}} 小时', ageReached: '已满 {{age}} 周岁，可用时间兑换服务',
    ageNotReached: '年满 {{age}} 周岁后可用时间兑换服务', cashNote: '时间只能兑换服务，不能兑换现金。',
    withdraw: '兑换服务', transfer: '转赠亲属', donate: '爱心捐赠', history: '收支明细',
    minutes: '时长（小时）', minutesHint: '可填半小时，如 1.5', serviceType: '接受的服务', chooseServiceType: '请选择服务类型', note: '备注（可不填）',
    recipientIdNumber: '对方身份证号', recipientName: '对方姓名', relationship: '与我的关系', chooseRelationship: '请选择关系',
    recipientHint: '对方须已注册为志愿者', donateTo: '捐给', toPool: '时间银行捐赠池', toElder: '困难老人（已注册志愿者）',
    submit: '确认', submitting: '提交中…', cancel: '取消', open: '办理', hoursRequired: '请填写时长（大于 0，最小半小时）',
    withdrawn: '已兑换 {{hours}} 小时服务，余额 {{balance}} 小时', transferred: '已转给 {{name}} {{hours}} 小时，余额 {{balance}} 小时',
    donated: '已捐赠 {{hours}} 小时，余额 {{balance}} 小时，感谢您的爱心', again: '再办一笔',
  },
};

export const timeBankWebEn: typeof timeBankWebZh = {
  menu: 'Time bank', rulesMenu: 'Time bank and points rules',
  relations: relationsEn,
  ruleNames: ruleNamesEn,
  kinds: {
    deposit: 'Deposit', withdraw: 'Service received', transfer: 'Transfer', donate: 'Donation', over_cap: 'Over the cap', earn: 'Points',
    reserve: 'Redemption', complete: 'Picked up', release: 'Returned', expire: 'Expired', reversal: 'Reversal',
  },
  hours: '{{hours}} h', points: '{{points}} points',
  balance: 'Hours', pointsBalance: 'Points', lifetime: 'Deposited in all', cap: 'Lifetime cap', withdrawAge: 'Age for services', age: 'Age',
  ageValue: '{{age}}', reached: 'Reached', notReached: 'Not yet', relationsAllowed: 'Relatives who may receive',
  at: 'Time', kind: 'Kind', description: 'What', change: 'Change', unit: 'Unit', units: { minutes: 'Hours', points: 'Points' },
  noHistory: 'No entries yet',
  accounts: {
    keyword: 'Volunteer name', place: 'Community', name: 'Volunteer', balanceHours: 'Hours', points: 'Points', lifetimeHours: 'Deposited in all (h)',
    detail: 'Time bank of {{name}}', history: 'Entries', all: 'All',
  },
  rules: {
    hint: 'A value set here applies to this place and the places under it, which may set their own. Unset, the rule comes from above, the platform or the default.',
    node: 'Place', rule: 'Rule', inForce: 'In force', source: 'From', own: 'Set here', inherit: 'Inherited',
    fromDefault: 'Default', fromPlatform: 'Platform setting', fromNode: 'Set by {{name}}', fromHere: 'Set here',
    set: 'Set here', clear: 'Inherit again', cleared: 'The rule is inherited again', none: '(none)',
    serviceType: 'Service type', percent: 'Percentage', addType: 'Add a service type', otherTypes: 'Service types not listed count at 100%', remove: 'Remove',
  },
  check: {
    title: 'Ledger check', ok: 'The ledger checked out at {{time}} ({{movements}} movements, {{accounts}} accounts)',
    failed: 'The ledger check found {{count}} problems ({{time}}); ask the technical staff to look into them', never: 'The ledger has not been checked yet',
    problems: {
      movementUnbalanced: 'Movement does not balance', entryWithoutMovement: 'Entry without its movement', balanceMismatch: 'Balance differs from its entries',
      balanceNegative: 'Balance below zero', idempotencyKeyDuplicate: 'Request key used twice', more: 'More problems',
    },
  },
  portal: {
    title: 'My time bank', pointsUnit: 'points',
    lifetime: '{{hours}} h deposited in all, cap {{cap}} h', ageReached: 'At {{age}} or older your hours can buy services',
    ageNotReached: 'Hours can buy services from the age of {{age}}', cashNote: 'Hours buy services only, never cash.',
    withdraw: 'Use hours for a service', transfer: 'Transfer to a relative', donate: 'Donate', history: 'Entries',
    minutes: 'Hours', minutesHint: 'Half hours allowed, e.g. 1.5', serviceType: 'Service received', chooseServiceType: 'Choose a service type', note: 'Note (optional)',
    recipientIdNumber: 'Their ID number', recipientName: 'Their name', relationship: 'They are my', chooseRelationship: 'Choose a relationship',
    recipientHint: 'They must be a registered volunteer', donateTo: 'Donate to', toPool: 'The donation pool', toElder: 'An elder in need (registered volunteer)',
    submit: 'Confirm', submitting: 'Sending…', cancel: 'Cancel', open: 'Open', hoursRequired: 'Give the hours (above zero, in half hours at least)',
    withdrawn: '{{hours}} h used for a service; {{balance}} h left', transferred: '{{hours}} h transferred to {{name}}; {{balance}} h left',
    donated: '{{hours}} h donated, thank you; {{balance}} h left', again: 'Another one',
  },
};
