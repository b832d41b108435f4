import type { CommonMessages } from './en.js';

export default {
  loading: 'Загрузка…',
  errorTitle: 'Не удалось загрузить содержимое.',
  errorDetails: 'Подробности для веб-команды сайта',
  retry: 'Повторить',
  empty: 'Нет данных для отображения.',
  staleNotice: 'Не удалось обновить; показана последняя загруженная версия.',
} satisfies CommonMessages;
