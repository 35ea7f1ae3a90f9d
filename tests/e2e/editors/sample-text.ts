/** A short 通知 with both heading levels: each line must land in the editor as its own paragraph. */
export const sampleLines = [
  '关于做好年度总结工作的通知',
  '各科室：',
  '一、总体要求',
  '认真梳理全年工作，按时报送。',
  '（一）时间安排',
  '12月20日前报送办公室。',
];

export const sampleText = sampleLines.join('\n');

/** Text with all whitespace removed, to compare what editors re-wrap and indent. */
export const squeeze = (text: string) => text.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
