/**
 * Characters written differently in simplified and traditional Chinese, as 简繁 pairs, checked
 * against opencc: each simplified character is never traditional and each traditional character is
 * never simplified (后/後, 叶/葉, 划/劃 are left out: 后 is also traditional). A small synchronous
 * table keeps proofreading instant; the 1 MB opencc dictionary stays lazy for output conversion.
 */
const pairs =
  '国國 发發 会會 这這 为為 个個 们們 时時 说說 对對 过過 还還 进進 经經 动動 实實 现現 开開 关關 长長 问問 题題 学學 ' +
  '机機 员員 务務 产產 业業 东東 车車 门門 书書 见見 样樣 间間 设設 区區 县縣 级級 领領 导導 组組 织織 党黨 层層 办辦 ' +
  '农農 广廣 报報 场場 应應 当當 总總 结結 计計 议議 记記 让讓 论論 认認 识識 强強 传傳 统統 体體 规規 标標 质質 据據 ' +
  '数數 单單 资資 项項 条條 责責 难難 众眾 卫衛 环環 节節 点點 线線 网網 络絡 电電 话話 语語 证證 达達 选選 举舉 历歷 ' +
  '紧緊 协協 调調 专專 审審 财財 税稅 讯訊 贯貫 彻徹 职職 检檢 监監 纪紀 确確 况況 础礎 积積 极極 类類 顺順 风風 险險 ' +
  '疗療 医醫 药藥 营營 属屬 优優 势勢 亿億 万萬 与與 义義 乐樂 乡鄉 习習 买買 争爭 亚亞 亲親 伟偉 伤傷 伦倫 侧側 俭儉 ' +
  '债債 倾傾 偿償 储儲 儿兒 兴興 兰蘭 养養 写寫 军軍 减減 刘劉 则則 刚剛 创創 别別 剧劇 励勵 劳勞 华華 卖賣 厂廠 ' +
  '厅廳 压壓 参參 双雙 变變 号號 启啟 听聽 响響 团團 园園 围圍 图圖 圆圓 圣聖 坏壞 块塊 坚堅 执執 扩擴 扫掃 扬揚 ' +
  '扰擾 护護 担擔 拟擬 拥擁 择擇 挂掛 挥揮 损損 换換 携攜 摄攝 摆擺 请請 该該 称稱 将將 处處 严嚴 临臨 仅僅 ' +
  '价價 乱亂 仪儀 贵貴 费費 贸貿 负負 购購 货貨 训訓 讲講 许許 评評 试試 询詢 详詳 谈談 谋謀 谢謝 读讀 课課 ' +
  '谁誰 从從 铁鐵 银銀 钱錢 馆館 飞飛 马馬 鱼魚 齐齊 龙龍 顾顧 预預 额額 频頻 顶頂';

/** Simplified characters whose traditional form depends on the word (头发/頭髮, 日历/日曆). */
const ambiguousToTraditional = new Set('发历团');

export const simplifiedOnly = new Set<string>();
export const toSimplified = new Map<string, string>();
export const toTraditional = new Map<string, string>();
for (const pair of pairs.split(' ')) {
  const [simplified, traditional] = [...pair];
  simplifiedOnly.add(simplified);
  toSimplified.set(traditional, simplified);
  if (!ambiguousToTraditional.has(simplified)) toTraditional.set(simplified, traditional);
}
