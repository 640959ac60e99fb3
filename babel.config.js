// babel-preset-taro picks the right transforms per target (weapp / h5).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
