import type { CommonMessages } from './en.js';

export default {
  loading: 'Загрузка…',
  errorTitle: 'Не удалось загрузить содержимое.',
  errorDetails: 'Подробности для веб-команды сайта',
  errorNetwork: 'Не удалось получить данные: сбой сети, браузер не в сети или адрес неверен.',
  errorHttp: (status: string) => `Сервер ответил кодом ${status} вместо данных.`,
  errorParse: 'Данные не являются корректным JSON.',
  errorSchema: 'Данные не соответствуют формату feed-v1.',
  errorVersion: 'Виджет не читает эту версию данных.',
  errorCode: 'Не удалось загрузить часть кода виджета: сбой сети или браузер не в сети.',
  retry: 'Повторить',
  empty: 'Нет данных для отображения.',
  staleNotice: 'Не удалось обновить; показана последняя загруженная версия.',
} satisfies CommonMessages;
