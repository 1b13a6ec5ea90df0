import { fetchModelList, ModelListError } from '../../core/providers/fetch-models';
import { adapterFor } from '../../core/providers/protocols';
import type { CliArgs } from '../args';
import { cliNetwork, cliTarget, type CliIo } from '../context';
import { causeLines, exchangeJson, jsonText } from '../output';

/** `models`: the host's model list, or why it could not be had. */
export async function modelsCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { target, note, keySource, sealedKey, preset } = await cliTarget(args, io);
  if (note) io.err(`${note}\n`);
  const net = cliNetwork(io, args);
  try {
    const { models } = await fetchModelList(net.http, adapterFor(target.protocol), target, io.signal);
    if (args.json) io.out(jsonText({ models: models.map((m) => m.id), exchanges: net.log.list().map(exchangeJson) }));
    else for (const m of models) io.out(`${m.id}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ModelListError)) throw error;
    const causes = error.causes ?? [];
    if (args.json) io.out(jsonText({ models: [], error: { ...(error.status ? { status: error.status } : {}), message: error.message, causes }, exchanges: net.log.list().map(exchangeJson) }));
    else io.err(`${error.message}\n${causeLines(causes, { providerId: preset.id, keySource, sealedKey, ...(preset.keyEnv ? { envVar: preset.keyEnv } : {}) })}\n`);
    return 1;
  } finally {
    net.writeHar(args.har);
    await net.close();
  }
}
