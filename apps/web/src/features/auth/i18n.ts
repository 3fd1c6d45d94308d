export const auth = {
  'zh-CN': {
    title: '员工登录',
    subtitle: '物业管家服务平台',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    logout: '退出登录',
    ownerEntry: '业主请使用手机端登录',
  },
  en: {
    title: 'Staff sign-in',
    subtitle: 'Property butler service platform',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    logout: 'Sign out',
    ownerEntry: 'Owners: please sign in on the mobile site',
  },
};
