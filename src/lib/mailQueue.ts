/** The jobs queue mail goes out on, run by the worker every round: named here so code that queues mail in SQL (lib/) and the jobs share it. */
export const MAIL_QUEUE = 'mail'
