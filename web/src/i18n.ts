// The page's words in English and Korean. The language comes from the browser (navigator.language)
// until the learner picks one with the toggle; the choice is remembered in localStorage.
// Static elements name their text with data-i18n (text), data-i18n-label (aria-label) and
// data-i18n-title (title); code builds its own with t().

export type Lang = 'en' | 'ko';

const en = {
  brand: 'Saessak',
  notebookToolbar: 'Notebook',
  run: 'Run',
  runTitle: 'Run the selected cell (Shift+Enter)',
  runAll: 'Run all',
  runAllTitle: 'Run every cell from the top',
  runAbove: 'Run all above',
  runAboveShort: 'Run above',
  runAboveTitle: 'Run every cell above the selected one',
  stop: 'Stop',
  stopTitle: 'Stop the running program',
  restart: 'Restart',
  restartTitle: 'Start Python afresh: variables are forgotten',
  restartRunAll: 'Restart & run all',
  restartRunAllTitle: 'Start Python afresh, then run every cell',
  addCode: 'Add code cell',
  addCodeShort: 'Code',
  addText: 'Add text cell',
  addTextShort: 'Text',
  save: 'Save as .ipynb',
  saveShort: 'Download .ipynb',
  open: 'Open notebook',
  openShort: 'Open .ipynb',
  notebooks: 'My notebooks',
  notebookName: 'Notebook name',
  switchLang: '한국어',
  switchLangLabel: '한국어로 보기 (Korean)',
  starting: 'Starting Python…',
  idle: 'Ready',
  busy: 'Running…',
  dead: 'Python is not available',
  cells: 'Cells',
  codeCell: 'Code cell {n}',
  textCell: 'Text cell {n}',
  cellEditor: 'Cell {n}',
  outputOf: 'Output of cell {n}',
  turtleDrawing: 'Turtle drawing',
  runCell: 'Run cell',
  runCellTitle: 'Run this cell (Shift+Enter)',
  cellType: 'Cell type',
  typeCode: 'Code',
  typeText: 'Text',
  moveUp: 'Move cell up',
  moveDown: 'Move cell down',
  addAbove: 'Add cell above',
  addBelow: 'Add cell below',
  deleteCell: 'Delete cell',
  queued: 'Waiting to run',
  running: 'Running',
  input: 'Input',
  codePlaceholder: 'Type Python here, then press Shift+Enter',
  textPlaceholder: 'Write text here (Markdown), then press Shift+Enter',
  emptyText: 'Empty text cell: double-click to write',
  deleted: 'Cell deleted.',
  undo: 'Undo',
  dismiss: 'Close',
  untitled: 'Untitled',
  copyOf: '{name} (copy)',
  newNotebook: 'New notebook',
  openNamed: 'Open {name}',
  rename: 'Rename',
  renameNamed: 'Rename {name}',
  newName: 'New name for {name}',
  duplicate: 'Duplicate',
  duplicateNamed: 'Duplicate {name}',
  delete: 'Delete',
  deleteNamed: 'Delete {name}',
  confirmDelete: 'Delete “{name}” for good?',
  confirmYes: 'Yes, delete',
  cancel: 'Cancel',
  current: '(open now)',
  close: 'Close',
  edited: 'Changed {when}',
  badFile: 'Could not open “{file}”: {why}. Nothing was changed.',
  notJson: 'it is not a notebook file (not JSON)',
  notNotebook: 'it is not a Jupyter notebook (no list of cells)',
  oldFormat: 'it is an nbformat {v} notebook; only version 4 can be opened',
  badCell: 'cell {n} is damaged',
  opened: 'Opened “{name}”.',
  noStorage: 'This browser cannot save notebooks (storage is blocked): download your work as .ipynb.',
  dropHere: 'Drop a .ipynb file to open it',
};

export type Key = keyof typeof en;

const ko: Record<Key, string> = {
  brand: '새싹',
  notebookToolbar: '노트북',
  run: '실행',
  runTitle: '선택한 셀 실행 (Shift+Enter)',
  runAll: '모두 실행',
  runAllTitle: '맨 위부터 모든 셀 실행',
  runAbove: '위의 셀 모두 실행',
  runAboveShort: '위쪽 실행',
  runAboveTitle: '선택한 셀 위의 모든 셀 실행',
  stop: '멈춤',
  stopTitle: '실행 중인 프로그램 멈추기',
  restart: '다시 시작',
  restartTitle: '파이썬을 새로 시작 (변수가 지워져요)',
  restartRunAll: '다시 시작하고 모두 실행',
  restartRunAllTitle: '파이썬을 새로 시작하고 모든 셀 실행',
  addCode: '코드 셀 추가',
  addCodeShort: '코드',
  addText: '글 셀 추가',
  addTextShort: '글',
  save: '.ipynb로 저장',
  saveShort: '.ipynb 내려받기',
  open: '노트북 열기',
  openShort: '.ipynb 열기',
  notebooks: '내 노트북',
  notebookName: '노트북 이름',
  switchLang: 'English',
  switchLangLabel: 'View in English (영어)',
  starting: '파이썬 준비 중…',
  idle: '준비됨',
  busy: '실행 중…',
  dead: '파이썬을 쓸 수 없어요',
  cells: '셀 목록',
  codeCell: '코드 셀 {n}',
  textCell: '글 셀 {n}',
  cellEditor: '셀 {n}',
  outputOf: '셀 {n}의 결과',
  turtleDrawing: '거북이 그림',
  runCell: '셀 실행',
  runCellTitle: '이 셀 실행 (Shift+Enter)',
  cellType: '셀 종류',
  typeCode: '코드',
  typeText: '글',
  moveUp: '셀을 위로',
  moveDown: '셀을 아래로',
  addAbove: '위에 셀 추가',
  addBelow: '아래에 셀 추가',
  deleteCell: '셀 지우기',
  queued: '실행 대기 중',
  running: '실행 중',
  input: '입력',
  codePlaceholder: '여기에 파이썬을 쓰고 Shift+Enter를 누르세요',
  textPlaceholder: '여기에 글(마크다운)을 쓰고 Shift+Enter를 누르세요',
  emptyText: '빈 글 셀: 두 번 눌러서 쓰세요',
  deleted: '셀을 지웠어요.',
  undo: '되돌리기',
  dismiss: '닫기',
  untitled: '제목 없음',
  copyOf: '{name} (사본)',
  newNotebook: '새 노트북',
  openNamed: '{name} 열기',
  rename: '이름 바꾸기',
  renameNamed: '{name} 이름 바꾸기',
  newName: '{name}의 새 이름',
  duplicate: '복제',
  duplicateNamed: '{name} 복제',
  delete: '지우기',
  deleteNamed: '{name} 지우기',
  confirmDelete: '“{name}”을(를) 정말 지울까요?',
  confirmYes: '네, 지워요',
  cancel: '취소',
  current: '(지금 열림)',
  close: '닫기',
  edited: '{when} 고침',
  badFile: '“{file}”을(를) 열 수 없어요: {why}. 아무것도 바뀌지 않았어요.',
  notJson: '노트북 파일이 아니에요 (JSON이 아님)',
  notNotebook: '주피터 노트북이 아니에요 (셀 목록이 없음)',
  oldFormat: 'nbformat {v} 노트북이에요. 버전 4만 열 수 있어요',
  badCell: '{n}번 셀이 망가졌어요',
  opened: '“{name}”을(를) 열었어요.',
  noStorage: '이 브라우저는 노트북을 저장할 수 없어요 (저장소 막힘). .ipynb로 내려받아 두세요.',
  dropHere: '.ipynb 파일을 놓으면 열려요',
};

const words: Record<Lang, Record<Key, string>> = { en, ko };
const STORAGE_KEY = 'saessak.lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'ko') return saved;
  } catch {
    // storage blocked: fall through to the browser's language
  }
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langs[0]?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

let lang: Lang = initialLang();
const listeners = new Set<() => void>();

export function currentLang(): Lang {
  return lang;
}

/** The text for `key` in the current language, with {name}-style holes filled from `vars`. */
export function t(key: Key, vars?: Record<string, string | number>): string {
  let text = words[lang][key];
  if (vars) text = text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  return text;
}

export function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered, but still switched
  }
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): void {
  listeners.add(listener);
}

/** Fill the data-i18n* attributes under `root` in the current language. */
export function translate(root: ParentNode): void {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Key);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel as Key));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle as Key);
}
