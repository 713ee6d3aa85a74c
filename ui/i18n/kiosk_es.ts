<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/AttractScreen.qml" line="75" />
        <source>Touch to learn about your treatment options</source>
        <translation>Toque la pantalla para conocer sus opciones de tratamiento</translation>
    </message>
    <message>
        <location filename="../screens/AttractScreen.qml" line="84" />
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../screens/AttractScreen.qml" line="100" />
        <source>Choose your language:</source>
        <translation>Elija su idioma:</translation>
    </message>
</context>
<context>
    <name>CallUsScreen</name>
    <message>
        <location filename="../screens/CallUsScreen.qml" line="16" />
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
    <message>
        <location filename="../screens/CallUsScreen.qml" line="30" />
        <source>We are happy to talk with you about your treatment.</source>
        <translation>Con gusto hablamos con usted sobre su tratamiento.</translation>
    </message>
    <message>
        <location filename="../screens/CallUsScreen.qml" line="39" />
        <source>Please tell the front desk that you would like a call. They will write down the best number and time to reach you.</source>
        <translation>Dígale a la recepción que desea una llamada. Ahí anotarán el mejor número y la mejor hora para llamarle.</translation>
    </message>
    <message>
        <location filename="../screens/CallUsScreen.qml" line="49" />
        <source>You can also call us at %1.</source>
        <translation>También puede llamarnos al %1.</translation>
    </message>
    <message>
        <location filename="../screens/CallUsScreen.qml" line="56" />
        <source>Back to the topics</source>
        <translation>Volver a los temas</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/HomeScreen.qml" line="21" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="20" />
        <source>What would you like to learn about?</source>
        <translation>¿Sobre qué le gustaría aprender?</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="61" />
        <source>Compare the treatments</source>
        <translation>Compare los tratamientos</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="62" />
        <source>See them side by side.</source>
        <translation>Véalos uno al lado del otro.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="74" />
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="75" />
        <source>We can call you later to answer your questions.</source>
        <translation>Podemos llamarle más tarde para responder sus preguntas.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../components/IdleOverlay.qml" line="33" />
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../components/IdleOverlay.qml" line="43" />
        <source>To keep your information private, this screen will start over soon.</source>
        <translation>Para proteger su información, esta pantalla volverá a empezar pronto.</translation>
    </message>
    <message>
        <location filename="../components/IdleOverlay.qml" line="61" />
        <source>Yes, I am still here</source>
        <translation>Sí, aquí estoy</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="48" />
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="49" />
        <location filename="../screens/ProcedureScreen.qml" line="180" />
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="50" />
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="51" />
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="52" />
        <source>Questions to ask</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="171" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="180" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="203" />
        <source>What can be good about it</source>
        <translation>Lo bueno de este tratamiento</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="209" />
        <source>Common side effects (usually mild)</source>
        <translation>Efectos secundarios comunes (casi siempre leves)</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="215" />
        <source>Serious problems (uncommon)</source>
        <translation>Problemas graves (poco comunes)</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="221" />
        <source>Going home and getting better</source>
        <translation>Volver a casa y recuperarse</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="227" />
        <source>Call your care team if</source>
        <translation>Llame a su equipo médico si</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="233" />
        <source>Questions you may want to ask your doctor</source>
        <translation>Preguntas que quizá quiera hacerle a su médico</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="72" />
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
</context>
<context>
    <name>ReviewFooter</name>
    <message>
        <location filename="../components/ReviewFooter.qml" line="23" />
        <source>Reviewed by %1 on %2.</source>
        <translation>Revisado por %1 el %2.</translation>
    </message>
    <message>
        <location filename="../components/ReviewFooter.qml" line="24" />
        <source>This is general information, not medical advice. Your care team will tell you what is right for you.</source>
        <translation>Esta es información general, no un consejo médico. Su equipo médico le dirá qué es lo mejor para usted.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../components/StepIndicator.qml" line="15" />
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../components/TopBar.qml" line="9" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
</context>
</TS>