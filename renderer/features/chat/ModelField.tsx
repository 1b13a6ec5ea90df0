import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../electron/shared/chat';
import { modelWithOtherCase } from '../../../electron/shared/models';
import { useStore } from '../../store/store';

/** The conversation's model: free text with the host's list as suggestions, and a case check. */
export function ModelField({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const choice = useStore((s) => s.modelChoices[conversation.providerId]);
  const loadModels = useStore((s) => s.loadModels);
  const changeConversation = useStore((s) => s.changeConversation);
  const [model, setModel] = useState(conversation.model);
  // Reset when another conversation is shown, or the provider changed the model; not on every saved
  // change, which would wipe what the user is typing.
  useEffect(() => setModel(conversation.model), [conversation.id, conversation.model]);
  const ids = choice?.ids ?? [];
  const otherCase = modelWithOtherCase(model, ids);
  const save = (next: string) => {
    setModel(next);
    if (next !== conversation.model) void changeConversation({ model: next });
  };
  return (
    <>
      <label>
        {t('chat.model')}
        <input
          value={model}
          list={`chat-models-${conversation.id}`}
          onChange={(e) => setModel(e.target.value)}
          // The host's list is fetched when the field is first used (cached in main), or on refresh.
          onFocus={() => !choice && void loadModels(conversation.providerId, false)}
          onBlur={() => save(model)}
          spellCheck={false}
        />
        <datalist id={`chat-models-${conversation.id}`}>
          {ids.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      </label>
      <button type="button" onClick={() => void loadModels(conversation.providerId, true)}>
        {t('chat.refreshModels')}
      </button>
      {otherCase && (
        <button type="button" className="warn-button" onClick={() => save(otherCase)}>
          {t('chat.useListedModel', { model: otherCase })}
        </button>
      )}
      {choice?.note && (
        <span className="muted small" role="status">
          {choice.note.kind === 'empty' ? t('chat.noModelsListed') : t('chat.modelsFailed', { message: choice.note.message })}
        </span>
      )}
    </>
  );
}
