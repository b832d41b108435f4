import type { ErrorMessages } from './en.js';

export default {
  network: 'Не удалось получить данные: сбой сети, браузер не в сети или адрес неверен.',
  http: (status: string) => `Сервер ответил кодом ${status} вместо данных.`,
  parse: 'Данные не являются корректным JSON.',
  schema: 'Данные не соответствуют формату feed-v1.',
  version: 'Виджет не читает эту версию данных.',
  code: 'Не удалось загрузить часть кода виджета: сбой сети или браузер не в сети.',
} satisfies ErrorMessages;
