import type { CommonMessages } from './en.js';

export default {
  loading: 'Загрузка…',
  errorTitle: 'Не удалось загрузить содержимое.',
  errorDetails: 'Подробности для веб-команды сайта',
  retry: 'Повторить',
  empty: 'Нечего показать.',
  staleNotice: 'Не удалось обновить; показана последняя версия.',
} satisfies CommonMessages;
